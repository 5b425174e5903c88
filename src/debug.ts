// --debug: which rule produced or rejected each fact, printed to stderr.
export type Debug = (line: string) => void;
