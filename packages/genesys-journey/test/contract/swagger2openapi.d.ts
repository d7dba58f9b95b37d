declare module 'swagger2openapi' {
  interface ConvertOptions {
    /** Fix up small errors in the source definition. */
    patch?: boolean;
    /** Report errors as warnings instead of failing. */
    warnOnly?: boolean;
    [key: string]: unknown;
  }
  const swagger2openapi: {
    convertObj(swagger: object, options: ConvertOptions): Promise<{ openapi: Record<string, unknown> }>;
  };
  export default swagger2openapi;
}
