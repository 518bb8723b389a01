import cssText from "data-text:~ui/style.css"
import type { PlasmoCSConfig, PlasmoGetShadowHostId, PlasmoGetStyle } from "plasmo"
import { ebayAdapter } from "~sites/ebay"
import { pixelStyle } from "~ui/shadow-style"
import { Sidebar } from "~ui/sidebar/Sidebar"

// Plasmo reads this literally at build time; a test keeps it equal to the adapter's host list.
export const config: PlasmoCSConfig = {
  matches: [
    "https://www.ebay.com/*",
    "https://www.ebay.co.uk/*",
    "https://www.ebay.de/*",
    "https://www.ebay.fr/*",
    "https://www.ebay.it/*",
    "https://www.ebay.es/*",
    "https://www.ebay.com.au/*",
    "https://www.ebay.ca/*",
    "https://www.ebay.at/*",
    "https://www.ebay.ch/*",
    "https://www.ebay.nl/*",
    "https://www.ebay.ie/*",
    "https://www.ebay.pl/*",
    "https://www.ebay.be/*",
    "https://mesg.ebay.com/*",
    "https://mesg.ebay.co.uk/*",
    "https://mesg.ebay.de/*",
    "https://mesg.ebay.fr/*",
    "https://mesg.ebay.it/*",
    "https://mesg.ebay.es/*",
    "https://mesg.ebay.com.au/*",
    "https://mesg.ebay.ca/*",
    "https://mesg.ebay.at/*",
    "https://mesg.ebay.ch/*",
    "https://mesg.ebay.nl/*",
    "https://mesg.ebay.ie/*",
    "https://mesg.ebay.pl/*",
    "https://mesg.ebay.be/*",
  ],
  all_frames: false,
  // As soon as the DOM is parsed, not after every image: the sidebar is ready sooner.
  run_at: "document_end",
}

export const getShadowHostId: PlasmoGetShadowHostId = () => "seller-reply-copilot"

export const getStyle: PlasmoGetStyle = () => pixelStyle(cssText)

export default function EbaySidebar() {
  return <Sidebar adapter={ebayAdapter} />
}
