import cssText from "data-text:~ui/style.css"
import type { PlasmoCSConfig, PlasmoGetShadowHostId, PlasmoGetStyle } from "plasmo"
import { amazonAdapter } from "~sites/amazon"
import { pixelStyle } from "~ui/shadow-style"
import { Sidebar } from "~ui/sidebar/Sidebar"

// Plasmo reads this literally at build time; a test keeps it equal to the adapter's host list.
export const config: PlasmoCSConfig = {
  matches: [
    "https://sellercentral.amazon.com/*",
    "https://sellercentral-europe.amazon.com/*",
    "https://sellercentral-japan.amazon.com/*",
    "https://sellercentral.amazon.co.uk/*",
    "https://sellercentral.amazon.de/*",
    "https://sellercentral.amazon.fr/*",
    "https://sellercentral.amazon.it/*",
    "https://sellercentral.amazon.es/*",
    "https://sellercentral.amazon.nl/*",
    "https://sellercentral.amazon.se/*",
    "https://sellercentral.amazon.pl/*",
    "https://sellercentral.amazon.com.be/*",
    "https://sellercentral.amazon.ie/*",
    "https://sellercentral.amazon.ca/*",
    "https://sellercentral.amazon.com.mx/*",
    "https://sellercentral.amazon.com.br/*",
    "https://sellercentral.amazon.in/*",
    "https://sellercentral.amazon.co.jp/*",
    "https://sellercentral.amazon.com.au/*",
    "https://sellercentral.amazon.sg/*",
    "https://sellercentral.amazon.ae/*",
    "https://sellercentral.amazon.sa/*",
    "https://sellercentral.amazon.eg/*",
    "https://sellercentral.amazon.com.tr/*",
    "https://sellercentral.amazon.co.za/*",
  ],
  all_frames: false,
  // As soon as the DOM is parsed, not after every image: the sidebar is ready sooner.
  run_at: "document_end",
}

export const getShadowHostId: PlasmoGetShadowHostId = () => "seller-reply-copilot"

export const getStyle: PlasmoGetStyle = () => pixelStyle(cssText)

export default function AmazonSidebar() {
  return <Sidebar adapter={amazonAdapter} />
}
