// Types for the German patterns of the `hyphen` package (it ships none).
declare module 'hyphen/de' {
  interface HyphenateOptions {
    /** Inserted at each break point; the soft hyphen U+00AD by default. */
    hyphenChar?: string;
    minWordLength?: number;
  }
  const de: {
    hyphenateSync(text: string, options?: HyphenateOptions): string;
  };
  export default de;
}
