package org.campfair.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * When a page's first screen shows, measured inside the browser from the start of its
 * navigation, and where that time went. Selenium's own wait looks only every half second by
 * default, so a wall-clock time taken around it rounds a page's start up by up to 500 ms;
 * here a script added to every new document watches the DOM and notes the moment an element
 * appears and the frame after it (when it has been painted).
 */
final class PageTimings {

    /** Phases of one page load, in ms from the navigation's start. */
    record Load(double shown, double painted, double html, double domContentLoaded, double script,
            double scriptKb, double firstUidl, int uidlRequests, double lastResource, double firstContentfulPaint) {

        String phases() {
            return "html=%.0f dcl=%.0f script=%.0f(%.0fKB) first_uidl=%.0f uidl=%d last_resource=%.0f fcp=%.0f shown=%.0f painted=%.0f"
                    .formatted(html, domContentLoaded, script, scriptKb, firstUidl, uidlRequests, lastResource,
                            firstContentfulPaint, shown, painted);
        }
    }

    private PageTimings() {
    }

    /** From now on, every page this browser opens notes when the first element matching each XPath appeared. */
    static void watch(ChromeDriver browser, List<String> xpaths) {
        var list = String.join(",", xpaths.stream().map(x -> "'" + x.replace("'", "\\'") + "'").toList());
        var source = """
                (() => {
                  const xpaths = [%s];
                  window.__campfairShown = {};
                  const check = () => {
                    for (const xpath of xpaths) {
                      if (window.__campfairShown[xpath] === undefined && document.evaluate(xpath, document, null,
                          XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue) {
                        const shown = performance.now();
                        window.__campfairShown[xpath] = shown;
                        requestAnimationFrame(() => requestAnimationFrame(() => {
                          window.__campfairPainted = window.__campfairPainted || {};
                          window.__campfairPainted[xpath] = performance.now();
                        }));
                      }
                    }
                  };
                  new MutationObserver(check).observe(document, {childList: true, subtree: true, characterData: true});
                })();""".formatted(list);
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
    }

    /** Waits (looking every 10 ms) until the element was painted, then reads the page's timings. */
    static Load await(ChromeDriver browser, String xpath, Duration timeout) {
        var quoted = "'" + xpath.replace("'", "\\'") + "'";
        new WebDriverWait(browser, timeout).pollingEvery(Duration.ofMillis(10)).until(driver -> browser.executeScript(
                "return !!(window.__campfairPainted && window.__campfairPainted[" + quoted + "] !== undefined)"));
        @SuppressWarnings("unchecked")
        var t = (Map<String, Object>) browser.executeScript("""
                const nav = performance.getEntriesByType('navigation')[0];
                const resources = performance.getEntriesByType('resource');
                const scripts = resources.filter(r => r.initiatorType === 'script' || r.name.endsWith('.js'));
                const uidl = resources.filter(r => r.name.includes('v-r=uidl') || r.name.includes('v-r=init'));
                const fcp = performance.getEntriesByName('first-contentful-paint')[0];
                return {
                  shown: window.__campfairShown[arguments[0]], painted: window.__campfairPainted[arguments[0]],
                  html: nav.responseEnd, dcl: nav.domContentLoadedEventEnd,
                  script: scripts.reduce((m, r) => Math.max(m, r.responseEnd), 0),
                  scriptKb: scripts.reduce((s, r) => s + r.decodedBodySize, 0) / 1024,
                  firstUidl: uidl.length ? uidl[0].responseEnd : 0, uidl: uidl.length,
                  last: resources.reduce((m, r) => Math.max(m, r.responseEnd), 0),
                  fcp: fcp ? fcp.startTime : 0};""", xpath);
        return new Load(number(t, "shown"), number(t, "painted"), number(t, "html"), number(t, "dcl"), number(t, "script"),
                number(t, "scriptKb"), number(t, "firstUidl"), ((Number) t.get("uidl")).intValue(), number(t, "last"),
                number(t, "fcp"));
    }

    /** Every resource the page loaded, one line each: start, end, size and name, for a closer look. */
    static String resources(ChromeDriver browser) {
        return (String) browser.executeScript("""
                return performance.getEntriesByType('resource').map(r => Math.round(r.startTime) + '-'
                  + Math.round(r.responseEnd) + 'ms ' + Math.round(r.decodedBodySize / 1024) + 'KB ' + r.initiatorType + ' '
                  + r.name).join('\\n');""");
    }

    private static double number(Map<String, Object> timings, String key) {
        return timings.get(key) instanceof Number n ? n.doubleValue() : -1;
    }
}
