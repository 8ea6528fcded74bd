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

export function FileSize({ bytes }: { bytes: number }) {
  return <>{useFileSize()(bytes)}</>;
}
