/** mark.js's own class, from the ES module source it ships (the dist build hides it in a closure). */
declare module 'mark.js/src/lib/mark.js' {
  export interface TextNodeEntry {
    start: number;
    end: number;
    node: Text;
  }
  export default class MarkJs {
    constructor(ctx: unknown);
    protected get opt(): object;
    protected set opt(options: object);
    protected getTextNodes(cb: (dict: { value: string; nodes: TextNodeEntry[] }) => void): void;
    protected wrapRangeInTextNode(node: Text, start: number, end: number): Text;
    markRegExp(regexp: RegExp, options?: import('mark.js').MarkRegExpOptions): void;
  }
}
