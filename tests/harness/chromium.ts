import { existsSync, statSync } from "node:fs"

/** Where Chromium usually lives, in the order they are tried after `CHROMIUM_PATH`. */
export const CHROMIUM_CANDIDATES: readonly string[] = [
  "/usr/lib/chromium/chromium",
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/snap/bin/chromium",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
]

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/**
 * Path of a Chromium binary that honours `--load-extension`.
 * `CHROMIUM_PATH` wins (and must exist when set); then the usual install locations.
 * Throws a one-line, actionable Error when none is found.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH?.trim()
  if (fromEnv) {
    if (!isFile(fromEnv)) {
      throw new Error(
        `CHROMIUM_PATH is set to "${fromEnv}" but no file exists there: point it at a Chromium binary or unset it.`,
      )
    }
    return fromEnv
  }
  for (const candidate of CHROMIUM_CANDIDATES) {
    if (existsSync(candidate) && isFile(candidate)) return candidate
  }
  throw new Error(
    `Chromium not found (looked in ${CHROMIUM_CANDIDATES.join(", ")}): install it with \`sudo apt-get install -y chromium\` on Debian/Ubuntu, or set CHROMIUM_PATH to a Chromium binary; branded Google Chrome ignores --load-extension, so it cannot be used.`,
  )
}
