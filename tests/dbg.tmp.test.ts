import { readFileSync } from "node:fs"
import { it } from "vitest"
import { lint } from "~policy/lint"
import { expandStarter } from "~storage/templates"
import { renderTemplate } from "~templates/render"
import { sampleContext } from "~templates/sample-context"
import { replyLocale } from "~templates/scope"
import { STARTER_LIBRARY } from "~templates/starter/library"
import { AMAZON_FIXTURES } from "./fixtures/amazon"

it("dbg", () => {
  const f = AMAZON_FIXTURES[0]
  const ctx = { ...JSON.parse(readFileSync(f.file.replace(".html", ".expected.json"), "utf8")) }
  ctx.page.url = f.url
  const t = STARTER_LIBRARY.find((e) => e.key === "order-status-shipped-tracking")!
  for (const sig of [
    "Dana, Northwind Gadgets",
    "Dana, Northwind Gadgets · dana@northwind-gadgets.com",
  ]) {
    const r = renderTemplate(
      t.translations.en.body,
      { context: ctx, seller: { signature: sig }, locale: "en-US" },
      "en",
    )
    console.log(
      "FINDINGS",
      sig,
      JSON.stringify(
        lint({ text: r.text, marketplace: "amazon", context: ctx }).map((x) => [
          x.rule,
          x.severity,
          r.text.slice(x.start, x.end),
          x.fix,
        ]),
      ),
    )
  }
  for (const site of ["amazon", "ebay"] as const) {
    const c = sampleContext(site)
    for (const e of STARTER_LIBRARY)
      for (const tpl of expandStarter(e, "x")) {
        if (tpl.sites.length && !tpl.sites.includes(site)) continue
        const r = renderTemplate(
          tpl.body,
          {
            context: c,
            seller: { signature: "Dana, Northwind Gadgets" },
            locale: replyLocale(tpl.language, "US"),
          },
          tpl.language,
        )
        const fs = lint({ text: r.text, marketplace: site, context: c })
        if (fs.length)
          console.log(
            "AUDIT",
            site,
            tpl.id,
            JSON.stringify(fs.map((x) => [x.rule, x.severity, r.text.slice(x.start, x.end)])),
          )
      }
  }
})
