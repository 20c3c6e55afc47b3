// Errors shaped like OfficeExtension.Error: `name`, `code`, `message`, `debugInfo.errorLocation`.
// Messages are Office.js's own English strings (node_modules/@microsoft/office-js/dist/en-us/office_strings.js).

export type FakeErrorCode =
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "InvalidArgument"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidOperation"
  | "AccessDenied"
  | "ApiNotFound"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RunMustReturnPromise"
  | "InvalidRequestContext"
  | "InvalidObjectPath"
  | "GeneralException"
  | "NotImplemented";

export class FakeOfficeError extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };

  constructor(
    readonly code: FakeErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation };
  }
}

export function propertyNotLoaded(entity: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${entity}.${property}`,
  );
}

export function valueNotLoaded(): FakeOfficeError {
  return new FakeOfficeError(
    "ValueNotLoaded",
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
  );
}

export function invalidArgument(location: string, detail: string): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format. (${detail})`,
    location,
  );
}

export function itemNotFound(location: string, key: string): FakeOfficeError {
  return new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist. (${key})`, location);
}

export function itemAlreadyExists(location: string, key: string): FakeOfficeError {
  return new FakeOfficeError("ItemAlreadyExists", `The resource already exists. (${key})`, location);
}

export function invalidOperation(location: string, detail: string): FakeOfficeError {
  return new FakeOfficeError("InvalidOperation", `The operation is invalid. (${detail})`, location);
}

export function apiNotFound(api: string, set: string): FakeOfficeError {
  return new FakeOfficeError(
    "ApiNotFound",
    `The method or property ${api} is part of the ${set} requirement set, which is not available in your version of Excel.`,
    api,
  );
}

export function notImplemented(member: string): FakeOfficeError {
  return new FakeOfficeError(
    "NotImplemented",
    `Fake Excel: ${member} is not part of the API subset this fake implements. Add it to test/fakes/excel strictly, or do not use it.`,
    member,
  );
}

export function payloadTooLarge(kind: "Request" | "Response", bytes: number, limit: number): FakeOfficeError {
  return new FakeOfficeError(
    kind === "Request" ? "RequestPayloadSizeLimitExceeded" : "ResponsePayloadSizeLimitExceeded",
    `The ${kind.toLowerCase()} payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins". (${bytes} bytes > ${limit})`,
  );
}

export function invalidObjectPath(path: string): FakeOfficeError {
  return new FakeOfficeError(
    "InvalidObjectPath",
    `The object path '${path}' isn't working for what you're trying to do. If you're using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object's lifetime.`,
    path,
  );
}
