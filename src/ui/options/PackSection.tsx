import { useCallback, useEffect, useState } from "react"
import { callBackground } from "~messaging/client"
import type { ResponseOf } from "~messaging/contracts"
import { t } from "~ui/i18n"
import { buttonClass } from "./files"
import { PackExport } from "./PackExport"
import { PackImport } from "./PackImport"
import { ErrorNote, KeepCopiesQuestion } from "./PackParts"
import { PackSubscriptions } from "./PackSubscriptions"

type Overview = ResponseOf<"pack-overview">

function ImportedPacks({ overview, onChange }: { overview: Overview; onChange: () => void }) {
  const [error, setError] = useState<string>()
  const [removing, setRemoving] = useState<string>()
  const imported = overview.packs.filter((pack) => pack.source.kind === "file")
  if (imported.length === 0) return null
  const remove = async (packId: string, keepCopies: boolean) => {
    try {
      await callBackground("pack-remove", { packId, keepCopies })
      setError(undefined)
    } catch (removeError) {
      setError((removeError as Error).message)
    } finally {
      setRemoving(undefined)
      onChange()
    }
  }
  return (
    <div className="flex flex-col gap-2">
      <h3 className="font-medium">{t("pack_importedTitle")}</h3>
      <ul className="flex list-none flex-col gap-2 text-[13px]" data-testid="pack-imported">
        {imported.map((pack) => (
          <li
            key={pack.id}
            className="rounded-md border border-slate-200 p-3"
            data-pack-id={pack.id}
          >
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-medium">{`${pack.name} · v${pack.version}`}</span>
              <span className="text-slate-600">
                {t("pack_importedDetail", [pack.publisher, String(pack.templates)])}
              </span>
              {removing !== pack.id && (
                <button type="button" className={buttonClass} onClick={() => setRemoving(pack.id)}>
                  {t("pack_remove")}
                </button>
              )}
            </div>
            {removing === pack.id && (
              <div className="mt-2">
                <KeepCopiesQuestion
                  onAnswer={(keepCopies) => remove(pack.id, keepCopies)}
                  onCancel={() => setRemoving(undefined)}
                />
              </div>
            )}
          </li>
        ))}
      </ul>
      <ErrorNote error={error} />
    </div>
  )
}

/** Sharing templates: pack files in and out, subscriptions by URL. */
export function PackSection() {
  const [overview, setOverview] = useState<Overview>()
  const [error, setError] = useState<string>()
  const refresh = useCallback(() => {
    callBackground("pack-overview", {})
      .then((next) => {
        setOverview(next)
        setError(undefined)
      })
      .catch((overviewError) => setError((overviewError as Error).message))
  }, [])
  useEffect(refresh, [refresh])

  return (
    <section
      className="mt-10 flex flex-col gap-6"
      aria-label={t("pack_sectionTitle")}
      data-testid="packs"
    >
      <div>
        <h2 className="text-[18px] font-semibold text-teal-800">{t("pack_sectionTitle")}</h2>
        <p className="text-[13px] text-slate-600">{t("pack_sectionHelp")}</p>
      </div>
      <ErrorNote error={error} />
      <PackImport onImported={refresh} />
      {overview && (
        <>
          <PackSubscriptions overview={overview} onChange={refresh} />
          <ImportedPacks overview={overview} onChange={refresh} />
          <PackExport templates={overview.templates} />
        </>
      )}
    </section>
  )
}
