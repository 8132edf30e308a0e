import type { DoubleRequestContext } from "./context";
import { DoubleProxy, type ProxySpec } from "./proxy";

/** A proxy over a plain object of the model (a chart's title, a range's fill, …). */
export class BagProxy<E> extends DoubleProxy<E> {
  constructor(
    context: DoubleRequestContext,
    spec: ProxySpec<E>,
    private readonly find: () => E | null,
  ) {
    super(context, spec);
  }

  protected locate(): E | null {
    return this.find();
  }
}
