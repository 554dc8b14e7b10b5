/**
 * Errors as Office.js raises them: an `OfficeExtension.Error`-like object with a `code` from
 * Excel.ErrorCodes, so adapter code that checks `e.code` behaves the same against the simulator.
 */
export class SimOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string };
  constructor(code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export function propertyNotLoaded(prop: string): SimOfficeError {
  return new SimOfficeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function itemNotFound(what: string): SimOfficeError {
  return new SimOfficeError('ItemNotFound', `The requested resource doesn't exist: ${what}.`);
}

export function invalidArgument(detail: string): SimOfficeError {
  return new SimOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${detail}.`);
}

export function apiNotFound(api: string, minor: number): SimOfficeError {
  return new SimOfficeError('ApiNotFound', `${api} needs ExcelApi 1.${minor}, which this host does not support.`);
}

export function invalidObjectPath(): SimOfficeError {
  return new SimOfficeError(
    'InvalidObjectPath',
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  );
}
