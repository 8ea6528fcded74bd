/**
 * File sizes in the interface language ("20 MB", "٢٠ ميغابايت"), through Intl unit formatting
 * (next-intl's formatter). Sizes are counted in binary units (1 MB shown = 1 MiB = 1,048,576
 * bytes), which is also how the limit is configured (ATTACHMENT_MAX_BYTES default 20 MiB), so the
 * message "the limit is 20 MB" matches the setting. Works in server and client components.
 */
import { useFormatter } from "next-intl";

/** The size to show: value and Intl unit for `bytes`. */
export function sizeParts(bytes: number): { value: number; unit: "byte" | "kilobyte" | "megabyte" } {
  if (bytes < 1024) return { value: bytes, unit: "byte" };
  if (bytes < 1024 * 1024) return { value: bytes / 1024, unit: "kilobyte" };
  return { value: bytes / (1024 * 1024), unit: "megabyte" };
}

/** A function that formats a number of bytes in the current locale. */
export function useFileSize(): (bytes: number) => string {
  const format = useFormatter();
  return (bytes) => {
    const { value, unit } = sizeParts(bytes);
    return format.number(value, { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: value < 10 && unit !== "byte" ? 1 : 0 });
  };
}

type NumberFormatter = (value: number, options: Intl.NumberFormatOptions) => string;

/**
 * A size and a limit to compare, both in the limit's unit with two decimals ("20.03 MB" and
 * "20.00 MB"), so a file just over the limit never reads as equal to it: the size is rounded up,
 * the limit down (issue 15 item 8). `formatNumber` is next-intl's format.number (localised digits
 * and separators).
 */
export function compareSizes(formatNumber: NumberFormatter, bytes: number, limitBytes: number): { size: string; limit: string } {
  const { value: limitValue, unit } = sizeParts(limitBytes);
  const divisor = unit === "megabyte" ? 1024 * 1024 : unit === "kilobyte" ? 1024 : 1;
  const options: Intl.NumberFormatOptions = { style: "unit", unit, unitDisplay: "short", minimumFractionDigits: unit === "byte" ? 0 : 2, maximumFractionDigits: unit === "byte" ? 0 : 2 };
  const size = Math.ceil(((bytes / divisor) * 100) - 1e-9) / 100;
  const limit = Math.floor(limitValue * 100 + 1e-9) / 100;
  return { size: formatNumber(unit === "byte" ? bytes : size, options), limit: formatNumber(unit === "byte" ? limitBytes : limit, options) };
}

/** compareSizes in the current locale. */
export function useCompareSizes(): (bytes: number, limitBytes: number) => { size: string; limit: string } {
  const format = useFormatter();
  return (bytes, limitBytes) => compareSizes((v, o) => format.number(v, o as Parameters<typeof format.number>[1]), bytes, limitBytes);
}

/**
 * The list after an upload answered with `uploaded`: the server answers the same content twice
 * with the attachment already there (blobs are shared by content), so it is not listed again and
 * `sameAs` names the file already attached (issue 15 item 7).
 */
export function afterUpload<T extends { id: string }>(current: T[], uploaded: T): { items: T[]; sameAs: T | null } {
  const existing = current.find((a) => a.id === uploaded.id) ?? null;
  return { items: existing ? current : [...current, uploaded], sameAs: existing };
}

export function FileSize({ bytes }: { bytes: number }) {
  return <>{useFileSize()(bytes)}</>;
}
