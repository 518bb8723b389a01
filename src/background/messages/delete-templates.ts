import { defineHandler } from "~messaging/handler"
import { readyDb } from "~storage/instance"
import { deleteTemplates } from "~storage/library"

export default defineHandler("delete-templates", async ({ ids }) => ({
  deleted: await deleteTemplates(await readyDb(), ids, new Date().toISOString()),
}))
