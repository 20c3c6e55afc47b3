// The batching machinery of Office.js, faked: proxy objects queue commands, `context.sync()` sends them as one
// request (its size estimated as the JSON of the queued commands), runs them in order against the workbook and only
// then makes loaded values readable. Reading a property that was not loaded and synced throws PropertyNotLoaded.

import {
  FakeOfficeError,
  apiNotFound,
  invalidObjectPath,
  invalidArgument,
  notImplemented,
  payloadTooLarge,
  propertyNotLoaded,
  valueNotLoaded,
} from "./errors";
import type { FakeWorkbook } from "./state";

export interface FakeRequest {
  /** Estimated request size: UTF-8 bytes of the JSON of the queued commands. */
  readonly bytes: number;
  responseBytes: number;
  readonly commands: number;
  readonly suspendedCalculation: boolean;
  readonly suspendedScreenUpdating: boolean;
  /** Error code when the request failed. */
  failed?: string;
}

export interface FakeStats {
  syncs: number;
  /** API calls: method calls, property sets and loads on proxy objects. */
  calls: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  requests: FakeRequest[];
}

export interface FakeRequirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export interface FakeLimits {
  /** Excel on the web refuses requests (and responses) over 5 MB. */
  readonly requestBytes: number;
  readonly responseBytes: number;
}

/**
 * A sync made to fail, as a lost connection or a crash of Excel's calculation would: `pass` syncs go through first,
 * then one fails with `code` after running only its first `applied` commands (those stay applied, as in Excel).
 */
export interface FakeSyncFault {
  pass: number;
  readonly code?: "GeneralException" | "InvalidOperation" | "AccessDenied";
  readonly applied?: number;
}

export interface FakeRuntime {
  readonly book: FakeWorkbook;
  readonly stats: FakeStats;
  readonly requirements: FakeRequirements;
  readonly limits: FakeLimits;
  /** Failing syncs to come, armed by `FakeExcel.failSync`: the first counts its `pass` down, fires, and leaves. */
  readonly faults: FakeSyncFault[];
}

/** Fires the armed fault at this sync, if it is due: the commands it lets through run, then the sync fails. */
function injectedFailure(runtime: FakeRuntime, commands: readonly Command[], batch: Batch): void {
  const fault = runtime.faults[0];
  if (!fault) return;
  if (fault.pass > 0) {
    fault.pass -= 1;
    return;
  }
  runtime.faults.shift();
  for (const command of commands.slice(0, fault.applied ?? 0)) command.execute(batch);
  for (const commit of batch.commits) commit();
  throw new FakeOfficeError(fault.code ?? "GeneralException", "An internal error has occurred. (injected)");
}

/** What one sync accumulates while its commands run: values to expose once the whole request succeeded. */
export interface Batch {
  readonly commits: (() => void)[];
  responseBytes: number;
  suspendedCalculation: boolean;
  suspendedScreenUpdating: boolean;
}

interface Command {
  readonly bytes: number;
  readonly kind: "suspendCalculation" | "suspendScreen" | "other";
  execute(batch: Batch): void;
}

const encoder = new TextEncoder();

export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

/** Request envelope overhead per sync (headers of the JSON body), a constant. */
const ENVELOPE_BYTES = 64;

export class FakeContext {
  private queue: Command[] = [];
  private nextId = 0;
  /** Set when its Excel.run has finished: its objects can no longer be used. */
  closed = false;
  /** Set by the workbook module: the root objects of this context. */
  roots: { workbook?: unknown; application?: unknown } = {};

  constructor(readonly runtime: FakeRuntime) {}

  newPath(kind: string): string {
    this.nextId += 1;
    return `${kind}#${this.nextId}`;
  }

  get workbook(): unknown {
    return this.roots.workbook;
  }

  get application(): unknown {
    return this.roots.application;
  }

  /** Counts an API call and throws ApiNotFound (synchronously, as Office.js does) when the set is missing. */
  call(api: string, set?: string): void {
    this.runtime.stats.calls += 1;
    if (!set) return;
    const [name, version] = set.split(" ");
    if (!this.runtime.requirements.isSetSupported(name, version)) throw apiNotFound(api, set);
  }

  enqueue(path: string, op: string, args: readonly unknown[], execute: (batch: Batch) => void): void {
    if (this.closed) throw invalidObjectPath(path);
    const kind = op === "suspendApiCalculationUntilNextSync" ? "suspendCalculation" : "other";
    const commandKind = op === "suspendScreenUpdatingUntilNextSync" ? "suspendScreen" : kind;
    this.queue.push({ bytes: jsonBytes([path, op, args]), kind: commandKind, execute });
  }

  get pendingCommands(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    if (this.closed) throw invalidObjectPath("RequestContext");
    const { stats, limits } = this.runtime;
    const commands = this.queue;
    this.queue = [];
    stats.syncs += 1;
    const request: FakeRequest = {
      bytes: ENVELOPE_BYTES + commands.reduce((sum, command) => sum + command.bytes, 0),
      responseBytes: 0,
      commands: commands.length,
      suspendedCalculation: commands.some((command) => command.kind === "suspendCalculation"),
      suspendedScreenUpdating: commands.some((command) => command.kind === "suspendScreen"),
    };
    stats.requests.push(request);
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, request.bytes);
    await Promise.resolve();
    try {
      if (request.bytes > limits.requestBytes)
        throw payloadTooLarge("Request", request.bytes, limits.requestBytes);
      const batch: Batch = {
        commits: [],
        responseBytes: 0,
        suspendedCalculation: false,
        suspendedScreenUpdating: false,
      };
      injectedFailure(this.runtime, commands, batch);
      // Commands run in order; those before a failing one stay applied, as in Excel.
      for (const command of commands) command.execute(batch);
      request.responseBytes = batch.responseBytes;
      stats.maxResponseBytes = Math.max(stats.maxResponseBytes, batch.responseBytes);
      if (batch.responseBytes > limits.responseBytes) {
        throw payloadTooLarge("Response", batch.responseBytes, limits.responseBytes);
      }
      for (const commit of batch.commits) commit();
    } catch (error) {
      request.failed = error instanceof FakeOfficeError ? error.code : "Error";
      throw error;
    }
  }
}

/** A load argument as Office.js accepts it: "a, b/c", ["a", "b/c"], { select: "a" } or { a: true, b: { c: true } }. */
export type LoadSpec = string | readonly string[] | Readonly<Record<string, unknown>> | undefined;

function objectPaths(spec: Readonly<Record<string, unknown>>, prefix: string): string[] {
  const paths: string[] = [];
  for (const [key, value] of Object.entries(spec)) {
    if (value === true) paths.push(prefix + key);
    else if (value !== null && typeof value === "object")
      paths.push(...objectPaths(value as Record<string, unknown>, `${prefix}${key}/`));
  }
  return paths;
}

export function loadPaths(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((part) => part.trim())
      .filter((part) => part !== "");
  if (Array.isArray(spec)) return spec.flatMap((part: string) => loadPaths(part));
  const record = spec as Readonly<Record<string, unknown>>;
  if (typeof record.select === "string") return loadPaths(record.select);
  return objectPaths(record, "");
}

const PASS_THROUGH = new Set([
  "then",
  "toJSON",
  "constructor",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "inspect",
  "tagName",
]);

/** Wraps a fake object so that touching a member outside the implemented subset throws, instead of being undefined. */
export function strict<T extends object>(target: T, entity: string): T {
  return new Proxy(target, {
    get(object, property) {
      // Probes by promises, JSON and test tooling ("then", "@@__IMMUTABLE…", "_isMockFunction"…) get undefined.
      const probe =
        typeof property !== "string" || PASS_THROUGH.has(property) || /^(@@|\$\$|_)/.test(property);
      if (!probe && !(property in object)) {
        throw notImplemented(`${entity}.${property}`);
      }
      return Reflect.get(object, property, object);
    },
    set(object, property, value) {
      if (typeof property === "string" && !(property in object))
        throw notImplemented(`${entity}.${property}`);
      return Reflect.set(object, property, value, object);
    },
  });
}

/** Anything a load can reach: an object, a navigation child, a collection's item. */
export interface Loadable {
  runLoad(paths: readonly string[], batch: Batch): void;
}

/** Base of every fake proxy object: loading, load-checked reads, queued writes, null-object resolution. */
export abstract class FakeObject<Target> {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  readonly path: string;

  constructor(
    readonly context: FakeContext,
    readonly entity: string,
    private readonly resolver: () => Target | null,
    private readonly nullable = false,
  ) {
    this.path = context.newPath(entity);
  }

  /** Loadable scalar properties: name → how to read it from the workbook at sync time. */
  protected abstract readers(): Readonly<Record<string, (target: Target) => unknown>>;

  /** Navigation properties that a load path may go through ("format/fill/color"). */
  protected child(_name: string): Loadable | undefined {
    return undefined;
  }

  /** The object in the workbook; a non-nullable object that does not exist fails the request with ItemNotFound. */
  target(): Target | null {
    const found = this.resolver();
    if (found === null && !this.nullable)
      throw new FakeOfficeError(
        "ItemNotFound",
        `The requested resource doesn't exist. (${this.entity})`,
        this.entity,
      );
    return found;
  }

  /** Queues the resolution of an *OrNullObject result so `isNullObject` is known after the next sync. */
  trackNull(): void {
    this.context.enqueue(this.path, "resolve", [], (batch) => {
      const isNull = this.target() === null;
      batch.commits.push(() => (this.nullState = isNull));
    });
  }

  /** As office.js: unknown (PropertyNotLoaded) until a load or *OrNullObject resolution of this object synced,
   *  even for an object that cannot be null (office.js throws unless a result for the object came back). */
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.entity, "isNullObject");
    return this.nullState;
  }

  /** Records at commit that this object exists (its load came back). */
  protected markLoaded(batch: Batch): void {
    batch.commits.push(() => (this.nullState = false));
  }

  load(spec?: LoadSpec): this {
    this.context.call(`${this.entity}.load`);
    const paths = loadPaths(spec);
    this.context.enqueue(this.path, "load", [paths], (batch) => this.runLoad(paths, batch));
    return this;
  }

  runLoad(paths: readonly string[], batch: Batch): void {
    const target = this.target();
    if (target === null) {
      batch.commits.push(() => (this.nullState = true));
      return;
    }
    this.markLoaded(batch);
    const readers = this.readers();
    const own = paths.length === 0 ? Object.keys(readers) : paths.filter((path) => !path.includes("/"));
    const nested = new Map<string, string[]>();
    for (const path of paths.filter((candidate) => candidate.includes("/"))) {
      const [head, ...rest] = path.split("/");
      nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
    }
    for (const name of own) {
      const reader = readers[name];
      if (!reader) {
        const why = this.child(name) ? "navigation property loaded without a scalar" : "unknown property";
        throw invalidArgument(`${this.entity}.load`, `${why} '${name}'`);
      }
      const value = reader(target);
      batch.responseBytes += jsonBytes(value);
      batch.commits.push(() => this.loaded.set(name, value));
    }
    for (const [name, rest] of nested) {
      const next = this.child(name);
      if (!next) throw invalidArgument(`${this.entity}.load`, `unknown navigation '${name}'`);
      next.runLoad(rest, batch);
    }
  }

  /** A loaded and synced value, or PropertyNotLoaded. */
  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) throw propertyNotLoaded(this.entity, name);
    return this.loaded.get(name) as T;
  }

  /** Queues a property write; `apply` runs at sync on the resolved target (skipped on a null object). */
  protected write(name: string, value: unknown, apply: (target: Target) => void, set?: string): void {
    this.context.call(`${this.entity}.${name}`, set);
    this.context.enqueue(this.path, `set:${name}`, [value], () => {
      const target = this.target();
      if (target !== null) apply(target);
    });
  }

  /** Queues a method call. */
  protected invoke(
    name: string,
    args: readonly unknown[],
    apply: (target: Target, batch: Batch) => void,
    set?: string,
  ): void {
    this.context.call(`${this.entity}.${name}`, set);
    this.context.enqueue(this.path, name, args, (batch) => {
      const target = this.target();
      if (target !== null) apply(target, batch);
    });
  }

  toJSON(): { path: string } {
    return { path: this.path };
  }
}

/** OfficeExtension.ClientResult: `value` readable only after the sync that produced it. */
export class FakeClientResult<T> {
  private ready = false;
  private result: T | undefined;

  settle(batch: Batch, value: T): void {
    batch.responseBytes += jsonBytes(value);
    batch.commits.push(() => {
      this.result = value;
      this.ready = true;
    });
  }

  get value(): T {
    if (!this.ready) throw valueNotLoaded();
    return this.result as T;
  }
}

/** A collection: `items` only after a load and a sync; loads apply to every item ("items/name" or "name"). */
export abstract class FakeCollection<Target, Item extends Loadable> extends FakeObject<Target> {
  protected abstract listItems(target: Target): Item[];

  protected readers(): Readonly<Record<string, (target: Target) => unknown>> {
    return {};
  }

  override runLoad(paths: readonly string[], batch: Batch): void {
    const target = this.target();
    if (target === null) return;
    this.markLoaded(batch);
    const items = this.listItems(target);
    const itemPaths = paths.map((path) => path.replace(/^items\//, "")).filter((path) => path !== "items");
    for (const item of items) item.runLoad(itemPaths, batch);
    batch.commits.push(() => this.loaded.set("items", items));
  }

  get items(): Item[] {
    return this.read<Item[]>("items");
  }
}
