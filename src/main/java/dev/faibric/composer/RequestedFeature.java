package dev.faibric.composer;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The features a request lists that the composer can assemble from the library's
 * sections, each found by the words people use for it ("filter by location", "sort by
 * price", "a cart and checkout"). Lists with detail views are every composed app's
 * backbone, so they need no words.
 */
enum RequestedFeature {

    LIST("lists with detail views", "(?!)"),
    SEARCH("search", "\\bsearch(?:es|ing|able)?\\b|\\bfind\\b|\\blook(?:ing)? up\\b|\\bbrowse\\b"),
    FILTERS("filters",
            "\\bfilter(?:s|ed|ing|able)?\\b|\\bcategor(?:y|ies|ised|ized)\\b|\\bby (?:location|category|type|genre|tag|"
                    + "status|department|level|topic|region|city|subject|cuisine|size|brand|author)\\b|\\btags?\\b|\\bgenres?\\b|\\bbrowse by\\b"),
    SORTING("sorting", "\\bsort(?:s|ed|ing|able)?\\b|\\border(?:ed)? by\\b|\\brank(?:s|ed|ing)?\\b|\\bleaderboard\\b"),
    CHARTS("charts",
            "\\bcharts?\\b|\\bgraphs?\\b|\\banalytics\\b|\\bstatistics\\b|\\bstats\\b|\\breports?\\b|"
                    + "\\bdashboards?\\b|\\bkpis?\\b|\\bmetrics\\b|\\btrends?\\b|\\bvisuali[sz]"),
    FORM("a form to add items", "\\badd(?:s|ing)?\\b|\\bcreate\\b|\\bpost(?:s|ing)?\\b|\\bsubmit\\b|\\bupload\\b|"
            + "\\bwrite\\b|\\blog(?:s|ging)?\\b|\\brecord\\b|\\benter\\b|\\bforms?\\b|\\bpublish\\b|\\bshare\\b|\\bsave\\b|"
            + "\\btrack(?:s|er|ers|ing)?\\b|\\bfiles? (?:a |an )?(?:issues?|bugs?|tickets?|reports?|requests?)\\b"),
    COMMENTS("comments",
            "\\bcomment(?:s|ing)?\\b|\\breviews?\\b|\\bdiscuss(?:ion)?\\b|\\brepl(?:y|ies)\\b|\\bfeedback\\b"),
    CART("a cart and checkout",
            "\\bcart\\b|\\bcheck ?out\\b|\\bbuy(?:ing)?\\b|\\bpurchase\\b|\\bsell(?:s|ing)?\\b|"
                    + "\\border online\\b|\\bshop\\b|\\bstore\\b|\\bbasket\\b"),
    RATINGS("ratings",
            "\\brat(?:e|es|ing|ings)\\b|\\bstars?\\b|\\breviews?\\b|\\bvot(?:e|es|ing)\\b|\\blikes?\\b|\\bupvotes?\\b"),
    CALENDAR("a calendar of dates", "\\bcalendar\\b|\\bschedul(?:e|es|ing)\\b|\\bdeadlines?\\b|\\bdue dates?\\b|"
            + "\\bappointments?\\b|\\bbookings?\\b|\\breserv(?:e|ation|ations)\\b|\\bevents?\\b|\\bagenda\\b|\\btimeline\\b");

    private final String label;

    private final Pattern words;

    RequestedFeature(String label, String words) {
        this.label = label;
        this.words = Pattern.compile(words);
    }

    /** How the chat names it: "search", "a cart and checkout". */
    String label() {
        return label;
    }

    /** The features a request (read without its colour instructions) lists. */
    static Set<RequestedFeature> in(String request) {
        String text = RequestText.withoutColours(request).toLowerCase(Locale.ROOT);
        Set<RequestedFeature> found = EnumSet.of(LIST);
        for (RequestedFeature feature : values()) {
            if (feature.words.matcher(text).find()) {
                found.add(feature);
            }
        }
        return found;
    }

}
