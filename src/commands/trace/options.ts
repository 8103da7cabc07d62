// The options of `border-facts trace`, shared by its declaration and its run code.
export const DEFAULT_TOP = 10;

export interface TraceOptions {
  tolerance?: string;
  top?: string;
}
