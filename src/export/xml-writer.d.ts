// Types for xml-writer (the streaming XML writer graphology-gexf uses), which ships none. Only the
// calls the GraphML writer makes are declared.
declare module "xml-writer" {
  class XMLWriter {
    constructor(indent?: boolean | string);
    startDocument(version?: string, encoding?: string): this;
    endDocument(): this;
    startElement(name: string): this;
    endElement(): this;
    writeAttribute(name: string, value: string | number): this;
    text(content: string): this;
    toString(): string;
  }
  export default XMLWriter;
}
