/** Saving and opening files from the options page. */

export function downloadText(text: string, fileName: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }))
  const link = document.createElement("a")
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 1_000)
}

export async function readFileBytes(input: HTMLInputElement): Promise<Uint8Array | undefined> {
  const file = input.files?.[0]
  input.value = ""
  return file ? new Uint8Array(await file.arrayBuffer()) : undefined
}

export const formatTime = (iso: string) => new Date(iso).toLocaleString()

export const buttonClass =
  "rounded-md border border-slate-300 px-3 py-1 text-[13px] hover:bg-slate-50 disabled:opacity-60"
export const primaryButtonClass =
  "rounded-md bg-teal-700 px-3 py-1.5 text-[13px] font-medium text-white hover:bg-teal-800 disabled:opacity-60"
