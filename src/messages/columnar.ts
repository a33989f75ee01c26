/**
 * Message catalogue for Arrow and Parquet files: what a binary data file that cannot be read is
 * expected to be.
 */

export const notArrow = (reason: string) => `an Apache Arrow IPC file (file or stream format); it could not be read: ${reason}`;
export const notParquet = (reason: string) => `an Apache Parquet file; it could not be read: ${reason}`;
export const nestedColumn = (name: string) => `a flat column of numbers, text, booleans or dates (column "${name}" holds lists or structs)`;
