import type { DoubleRequestContext, Operation, Outcome } from "./context";
import { ErrorCodes, invalidArgument, itemNotFound, officeError, propertyNotLoaded } from "./errors";
import { parsePaths, type LoadOption } from "./loadOption";

/** How one scalar property of a proxy reads and writes the model. */
export interface PropertyDef<E> {
  readonly get?: (entity: E) => unknown;
  readonly set?: (entity: E, value: unknown) => void;
  /** Cells the property reads or writes (range data), checked against the 5,000,000-cell limit. */
  readonly cells?: (entity: E) => number;
  /** The ExcelApi version the property needs; an older host answers ApiNotFound at sync. */
  readonly requires?: string;
}

export type PropertyDefs<E> = Readonly<Record<string, PropertyDef<E>>>;

/** How a proxy is made. Subclass fields must not share a name with a scalar property. */
export interface ProxySpec<E> {
  readonly path: string;
  readonly typeName: string;
  readonly parent?: ProxyNode | null;
  /** Made by an `…OrNullObject` method: `isNullObject` is set at the next sync. */
  readonly orNull?: boolean;
  /** The ExcelApi version the method that made this object needs (checked at sync). */
  readonly requires?: string;
  readonly scalars?: PropertyDefs<E>;
  /** Properties that lead to other proxies (`format`, `charts`), reachable in load paths. */
  readonly navigations?: readonly string[];
}

interface CallOptions<E> {
  readonly writes?: boolean;
  /** False for the APIs Excel cannot undo (`Worksheet.delete`, …); refused inside a merged undo group. */
  readonly undoable?: boolean;
  readonly cells?: (entity: E) => number;
  /** The ExcelApi version the method needs. */
  readonly requires?: string;
}

/** What every proxy offers its children, whatever entity it stands for. */
export abstract class ProxyNode {
  abstract readonly path: string;
  abstract readonly typeName: string;
  /** Whether this object, or one it was reached from, came from an `…OrNullObject` method. */
  abstract nullable(): boolean;
  /** Reads `paths` from the model now; the values become readable only when the sync succeeds. */
  abstract collectLoad(paths: readonly string[][]): Outcome;
}

/**
 * A proxy object as office-js has them: setting a property or calling a method queues a command,
 * `load()` queues a read, and nothing reaches the workbook until `context.sync()`. Reading a
 * scalar property that was not loaded and synced throws PropertyNotLoaded. Scalar properties are
 * defined from the spec as accessors, so `range.values = …` and `range.values` behave like the
 * real thing.
 */
export abstract class DoubleProxy<E = unknown> extends ProxyNode {
  readonly context: DoubleRequestContext;
  readonly path: string;
  readonly typeName: string;
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  protected readonly spec: ProxySpec<E>;

  protected constructor(context: DoubleRequestContext, spec: ProxySpec<E>) {
    super();
    this.context = context;
    this.path = spec.path;
    this.typeName = spec.typeName;
    this.spec = spec;
    context.track(this);
    if (spec.scalars && DoubleProxy.shared.get(Object.getPrototypeOf(this) as object) !== spec.scalars) {
      Object.defineProperties(this, DoubleProxy.accessors(spec.scalars));
    }
    // Made while a batch runs (an item of a loaded collection): the load itself says whether it exists.
    if (spec.orNull && !context.executing) this.queueNullCheck();
  }

  private static readonly shared = new WeakMap<object, object>();

  /**
   * Puts a class's property accessors on its prototype, once: add-ins make ranges by the
   * thousand, and per-object accessors would make the double, not the add-in, the slow part.
   */
  static shareAccessors<E>(type: { readonly prototype: DoubleProxy<E> }, scalars: PropertyDefs<E>): void {
    Object.defineProperties(type.prototype, DoubleProxy.accessors(scalars));
    DoubleProxy.shared.set(type.prototype, scalars);
  }

  private static accessors(scalars: object): PropertyDescriptorMap {
    const descriptors: PropertyDescriptorMap = {};
    for (const [name, def] of Object.entries(scalars as PropertyDefs<unknown>)) {
      descriptors[name] = {
        enumerable: true,
        configurable: true,
        get(this: DoubleProxy) {
          return this.readLoaded(name);
        },
        set: def.set
          ? function (this: DoubleProxy, value: unknown) {
              this.queueSet(name, value);
            }
          : undefined,
      };
    }
    return descriptors;
  }

  /** The model entity this proxy stands for right now, or null when it does not exist. */
  protected abstract locate(): E | null;

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject", this.spec.typeName);
    return this.nullState;
  }

  nullable(): boolean {
    return this.spec.orNull === true || (this.spec.parent?.nullable() ?? false);
  }

  /** The entity for a command; null means "skip" (a null object), a missing item throws. */
  resolveEntity(): E | null {
    const entity = this.locate();
    if (entity !== null) return entity;
    if (this.nullable()) return null;
    throw itemNotFound(this.path);
  }

  load(option?: LoadOption): this {
    const paths = parsePaths(option);
    this.enqueue({ action: "load", select: paths.map((p) => p.join("/")) }, false, true, () =>
      this.collectLoad(paths),
    );
    return this;
  }

  /** Releases the object (office-js: removes it from the tracked objects). */
  untrack(): this {
    this.context.untrack(this);
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  collectLoad(paths: readonly string[][]): Outcome {
    const entity = this.resolveEntity();
    const scalars = this.spec.scalars ?? {};
    const wanted = new Set<string>();
    const nested = new Map<string, { proxy: ProxyNode; paths: string[][] }>();
    if (paths.length === 0) for (const [name, def] of Object.entries(scalars)) if (def.get) wanted.add(name);
    for (const [head, ...rest] of paths) {
      if (rest.length === 0 && scalars[head]) wanted.add(head);
      else {
        const proxy = this.navigate(head);
        if (!proxy) throw invalidArgument(`${this.spec.typeName} has no property "${head}"`, this.path);
        const entry = nested.get(head) ?? { proxy, paths: [] };
        if (rest.length > 0) entry.paths.push(rest);
        nested.set(head, entry);
      }
    }
    const values = new Map<string, unknown>();
    const data: Record<string, unknown> = {};
    const commits: (() => void)[] = [];
    let cells = 0;
    for (const name of wanted) {
      const def = scalars[name];
      if (!def.get) throw invalidArgument(`"${name}" cannot be read`, this.path);
      this.context.requireApi(def.requires, `${this.path}.${name}`);
      if (entity !== null && def.cells)
        cells += this.context.checkCells(def.cells(entity), `${this.path}.${name}`);
      const value = entity === null ? null : def.get(entity);
      values.set(name, value);
      data[name] = value;
    }
    for (const [name, { proxy, paths: sub }] of nested) {
      const outcome = proxy.collectLoad(sub);
      data[name] = outcome.data;
      cells += outcome.cells;
      commits.push(outcome.commit);
    }
    return {
      data,
      cells,
      commit: () => {
        if (this.spec.orNull) this.nullState = entity === null;
        for (const [name, value] of values) this.loaded.set(name, value);
        commits.forEach((commit) => commit());
      },
    };
  }

  protected navigate(name: string): ProxyNode | undefined {
    if (!this.spec.navigations?.includes(name)) return undefined;
    const target: unknown = Reflect.get(this, name);
    return target instanceof ProxyNode ? target : undefined;
  }

  protected readLoaded(name: string): unknown {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name, this.spec.typeName);
    return this.loaded.get(name);
  }

  protected queueSet(name: string, value: unknown): void {
    const def = this.spec.scalars?.[name];
    if (!def?.set) throw new TypeError(`${this.spec.typeName}.${name} is read-only`);
    const set = def.set;
    this.enqueue({ action: "set", name, value }, true, true, () => {
      this.context.requireApi(def.requires, `${this.path}.${name}`);
      const entity = this.resolveEntity();
      if (entity === null) return { data: null, cells: 0, commit: noop };
      const cells = def.cells ? this.context.checkCells(def.cells(entity), `${this.path}.${name}`) : 0;
      set(entity, value);
      return { data: null, cells, commit: noop };
    });
  }

  /** Queues a method call; `run` executes it against the model at sync (skipped on a null object). */
  protected queueCall(
    name: string,
    args: readonly unknown[],
    run: (entity: E) => void,
    options: CallOptions<E> = {},
  ): void {
    this.enqueue({ action: "call", name, args }, options.writes ?? true, options.undoable ?? true, () => {
      this.context.requireApi(options.requires, `${this.path}.${name}`);
      const entity = this.resolveEntity();
      if (entity === null) return { data: null, cells: 0, commit: noop };
      const cells = options.cells
        ? this.context.checkCells(options.cells(entity), `${this.path}.${name}`)
        : 0;
      run(entity);
      return { data: null, cells, commit: noop };
    });
  }

  /** Queues a method whose result arrives at sync, as office-js's ClientResult. */
  protected queueResult<T>(
    name: string,
    args: readonly unknown[],
    compute: (entity: E) => T,
  ): DoubleClientResult<T> {
    const result = new DoubleClientResult<T>();
    this.enqueue({ action: "call", name, args }, false, true, () => {
      const entity = this.resolveEntity();
      const value = entity === null ? null : compute(entity);
      return { data: value, cells: 0, commit: () => result.resolve(value) };
    });
    return result;
  }

  /** Fails at sync with InvalidOperation, as Excel does when a command does not apply. */
  protected invalidOperation(detail: string): never {
    throw officeError(ErrorCodes.invalidOperation, detail, this.path);
  }

  private queueNullCheck(): void {
    this.enqueue({ action: "instantiate" }, false, true, () => {
      this.context.requireApi(this.spec.requires, this.path);
      const missing = this.locate() === null;
      return { data: missing ? null : {}, cells: 0, commit: () => (this.nullState = missing) };
    });
  }

  private enqueue(
    statement: Record<string, unknown>,
    writes: boolean,
    undoable: boolean,
    run: () => Outcome,
  ): void {
    const operation: Operation = { statement: { path: this.path, ...statement }, writes, undoable, run };
    this.context.enqueue(operation);
  }
}

function noop(): void {}

/** office-js's ClientResult: `value` throws until the sync that computes it has completed. */
export class DoubleClientResult<T> {
  private settled = false;
  private result: T | null = null;

  get value(): T | null {
    if (!this.settled) {
      throw officeError(
        ErrorCodes.valueNotLoaded,
        "The result has no value yet: await context.sync() before reading it.",
      );
    }
    return this.result;
  }

  resolve(value: T | null): void {
    this.result = value;
    this.settled = true;
  }
}
