import { defineHandler } from "~messaging/handler"
import { readyDb } from "~storage/instance"
import { saveDraft } from "~storage/library"
import { renderTemplate } from "~templates/render"
import { sampleContext } from "~templates/sample-context"

export default defineHandler("save-template", async ({ draft }) => {
  // A body Liquid cannot render would fail on every page: say why now, while it is being written.
  const { error } = renderTemplate(
    draft.body,
    { context: sampleContext("amazon"), seller: {}, locale: draft.language },
    draft.language,
  )
  if (error) throw new Error(error)
  return { template: await saveDraft(await readyDb(), draft, new Date().toISOString()) }
})
