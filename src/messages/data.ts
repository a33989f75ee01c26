/**
 * Message catalogue for the data stage: every sentence a reader sees when a data file or its sidecar
 * is wrong. Each function returns the `expected` part of a `Problem` (or a hint), so the text reads
 * "file:line:column column "x": got "1,200", expected <message>".
 */

const quoted = (value: string) => JSON.stringify(value);
const list = (values: readonly string[]) => values.map(quoted).join(', ');

// Files

export const unreadableFile = (reason: string) => `a readable file (${reason})`;
export const unknownFormat = (file: string) => `a .csv, .json, .arrow, .feather or .parquet file (cannot tell the format of ${file}; pass the \`format\` option)`;
export const missingSidecar = (sidecar: string) =>
  `a sidecar ${sidecar} describing the columns (or a schema passed to loadDataset with {schema})`;
export const emptyFile = () => 'a header line naming the columns, but the file is empty';
export const emptyJsonFile = () => 'a JSON array of row objects, but the file is empty';

// Bytes

export const utf8 = (windows1252: string) =>
  `text encoded as UTF-8, but these bytes are not UTF-8 (in Windows-1252 they read ${quoted(windows1252)}): save the file as "CSV UTF-8"`;
export const utf16File = () => 'text encoded as UTF-8, but this file is UTF-16 (it starts with a UTF-16 byte-order mark): save it as UTF-8';
export const nulByte = () =>
  'text without NUL bytes (a NUL byte means a binary file, or UTF-16 text without a byte-order mark: save the file as "CSV UTF-8")';
export const lineSize = (bytes: number) => `a line of ${bytes.toLocaleString('en-US')} bytes`;
export const lineTooLong = (max: number) =>
  `lines of at most ${max.toLocaleString('en-US')} bytes (is this really a CSV file? pass {maxLineBytes} to loadDataset to allow longer lines)`;

// CSV structure

export const unclosedQuote = () => 'a closing quote (") for the field whose quote opens on this line';
export const invalidClosingQuote = () => 'a comma or a line end right after a closing quote (double a quote inside a quoted field: "say ""hi""")';
export const invalidOpeningQuote = () => 'quotes only around a whole field (write the field in quotes and double the quote inside: "2""x")';
export const csvSyntax = (detail: string) => `well-formed CSV (${detail})`;
export const raggedRow = (header: readonly string[], got: number) =>
  `${header.length} field${header.length === 1 ? '' : 's'}, one per column (${header.join(', ')}), but this line has ${got}`;
export const blankHeader = () => 'a column name in the header, but this one is blank';
export const reservedName = () => 'a column name other than "__proto__", which JavaScript tables cannot hold: rename the column';
export const repeatedHeader = () => 'a data row, but this line repeats the header (were two files pasted together?)';
export const duplicateHeader = (firstColumn: number) => `a column name used once, but column ${firstColumn} has it too`;
export const headerSpaces = (name: string) => `the column name without spaces around it (${quoted(name)})`;
export const missingColumn = (declaredIn: string) => `this column, which ${declaredIn} declares: add it to the file, or remove it from ${declaredIn}`;
export const extraColumn = (name: string, declaredIn: string) =>
  `only columns that ${declaredIn} declares: add ${quoted(name)} to ${declaredIn}, or remove the column from the file`;
export const otherSeparator = (separator: string) =>
  `columns separated by commas, but this header is separated by ${separator === '\t' ? 'tabs' : `"${separator}"`}: export the file as CSV with commas`;
export const declaredInSidecar = (sidecar: string) => `the "columns" of ${sidecar}`;
export const declaredInSchema = () => 'the schema';

// JSON data files

export const jsonSyntax = (detail: string) => `valid JSON (${detail})`;
export const jsonNotArray = () => 'a JSON array of row objects ([{"column": value, ...}, ...])';
export const jsonRowNotObject = (index: number) => `row ${index} to be an object ({"column": value, ...})`;

// Values

export const requiredValue = () => 'a value (the column is required; set "required": false in its spec to allow empty cells)';
export const withoutSpaces = (expected: string) => `${expected}, without spaces around it`;
export const integer = () => 'an integer (digits with an optional sign, like 42 or -7)';
export const wholeNumber = () => 'a whole number (no decimals)';
export const safeInteger = () => `an integer between -${Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}`;
export const number = () => 'a number written with a dot for decimals (like 1200.5)';
export const finiteNumber = () => 'a finite number (NaN and Infinity are not values a reader can check)';
export const safeNumber = () =>
  `a number between -${Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER} (larger values cannot be stored without changing their digits)`;
export const thousandsSeparator = (fixed: string) => `a number without thousands separators: write ${fixed}`;
export const decimalComma = (fixed: string) => `a number with a dot for decimals: write ${fixed}`;
export const inRange = (kind: string, min: number | undefined, max: number | undefined) =>
  min !== undefined && max !== undefined ? `${kind} from ${min} to ${max}`
  : min !== undefined ? `${kind} of at least ${min}`
  : `${kind} of at most ${max}`;
export const boolean = () => 'true or false (also yes/no, 1/0)';
export const isoDay = () => 'a date written YYYY-MM-DD (like 2024-06-25)';
export const monthRange = () => 'a date whose month is 01 to 12';
export const dayInMonth = (monthName: string, days: number) => `a day that exists: ${monthName} has ${days} days`;
export const category = (values: readonly string[]) => `one of ${list(values)}`;
export const didYouMean = (expected: string, suggestion: string) => `${expected} (did you mean ${quoted(suggestion)}?)`;
export const money = (currency: string) => `an amount in ${currency}: a number with a dot for decimals, no currency sign`;
export const text = () => 'text (a JSON string)';
export const dateValue = () => 'a date: a Date at UTC midnight or a string YYYY-MM-DD';
export const jsonType = (expected: string, got: string) => `${expected}, not ${got}`;

// Sidecar and schema

export const sidecarNotObject = () => 'a JSON object with "columns" (and optionally "name", "title", "source", "key", "rows")';
export const datasetName = () => 'a name of letters, digits, "-", "_" and "." (it names the download, data/<name>.csv)';
export const notAnObject = () => 'an object';
export const notAString = () => 'a string';
export const notABoolean = () => 'true or false';
export const notANumber = () => 'a number';
export const unknownProperty = (allowed: readonly string[]) => `one of the known properties: ${allowed.join(', ')}`;
export const missingProperty = (name: string) => `a "${name}" property`;
export const noColumns = () => 'at least one column';
export const columnType = (types: readonly string[]) => `a column "type": one of ${types.join(', ')}`;
export const categoryValues = () => 'a "values" list of the allowed categories (non-empty strings, each once)';
export const currencyCode = () => 'an ISO 4217 currency code such as "USD" or "KES"';
export const minAboveMax = () => '"min" not greater than "max"';
export const keyColumn = (columns: readonly string[]) => `the name of a column: one of ${list(columns)}`;
export const keyRequired = () => 'a required column (a key column cannot have empty cells)';
export const rowsNeedKey = () => 'a "key" naming the column whose values "rows" is keyed by';
export const inferredColumn = (columns: readonly string[]) => `a column name: one of ${list(columns)}`;
export const schemaDisagrees = (type: string) => `the same type as the schema passed to loadDataset (${type})`;
export const schemaLacks = () => 'a column that the schema passed to loadDataset also declares';

// Row sources

export const duplicateKey = (keyField: string, firstLine: string) =>
  `a value no other row has: column "${keyField}" is the key, and ${firstLine} has it too`;
export const rowWithoutSource = (sidecar: string) => `a source for this row: add its key to "rows" in ${sidecar}`;
export const unknownRowKey = (keyField: string, dataFile: string) => `a value of column "${keyField}" in ${dataFile}, but no row has it`;
export const quoteNotFound = (sourceFile: string, matched: string) =>
  `text found verbatim in ${sourceFile}${matched === '' ? '' : `; it matches up to ${quoted(matched)} and then differs`}`;
export const sourceFileUnreadable = (path: string, reason: string) => `a readable source text at ${path} (${reason})`;

// Hints

export const dataHint = () => 'Fix the listed cells, or the column specs in the sidecar, and load again.';
export const rowLabel = (index: number) => `row ${index}`;
export const lineLabel = (line: number) => `line ${line}`;
export const inMemory = (name: string) => `${name} (in memory)`;
