import { DoubleRequestContext } from "../../excel-double/core/context";

/** One command as the double sends it to Excel: the object's path and what is done to it. */
export interface SentCommand {
  readonly path: string;
  readonly action: string;
  readonly name?: string;
  readonly select?: readonly string[];
  readonly value?: unknown;
}

/**
 * Records every command queued on any request context until `stop()`: what the add-in asked
 * Excel to load and to set, for tests that pin down what travels, not only how much.
 */
export function recordCommands(): { readonly commands: SentCommand[]; stop(): void } {
  const commands: SentCommand[] = [];
  const original = Object.getOwnPropertyDescriptor(DoubleRequestContext.prototype, "enqueue");
  const enqueue = DoubleRequestContext.prototype.enqueue;
  DoubleRequestContext.prototype.enqueue = function (this: DoubleRequestContext, operation) {
    commands.push(operation.statement as unknown as SentCommand);
    enqueue.call(this, operation);
  };
  return {
    commands,
    stop: () => {
      if (original) Object.defineProperty(DoubleRequestContext.prototype, "enqueue", original);
    },
  };
}

/** Commands that set `name` (e.g. "numberFormat", "color"). */
export function sets(commands: readonly SentCommand[], name: string): SentCommand[] {
  return commands.filter((command) => command.action === "set" && command.name === name);
}

/** Loads that ask for `property`. */
export function loadsOf(commands: readonly SentCommand[], property: string): SentCommand[] {
  return commands.filter((command) => command.action === "load" && command.select?.includes(property));
}
