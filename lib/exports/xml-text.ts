/**
 * Text made safe for XML 1.0 documents (XLSX and DOCX are zipped XML): characters XML cannot
 * carry at all (C0 controls other than TAB, LF, CR; lone surrogates; U+FFFE and U+FFFF) are
 * dropped, since a single one makes Excel or Word refuse the whole file.
 * Source: W3C, Extensible Markup Language (XML) 1.0, section 2.2 "Characters".
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return text.replace(NOT_XML, "");
}
