package org.fazhi.platform.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The navigation bar written once as HTML per set of authorities, language and context path, instead of on every
 * page view (a JFR profile of the unit page at province scale showed the bar's per-link expressions as a fifth of the
 * page's CPU). The bar is split where the inbox link's unread badge goes, so the badge stays per request.
 */
@Component
class NavigationHtml {

    /**
     * The bar up to the badge's place inside the inbox link ({@code head}), and the rest ({@code tail}); the badge's
     * title is escaped HTML.
     */
    record Bar(String head, String tail, boolean inbox, String badgeTitle) {

        /** The unread badge for {@code count} entries: nothing when there are none or the bar has no inbox. */
        public String badge(Integer count) {
            return !inbox || count == null || count <= 0 ? ""
                    : "<span id=\"unread-count\" class=\"badge\" title=\"" + badgeTitle + "\">" + count + "</span>";
        }

        /** This bar with {@code mark} where the badge goes and no badge of its own (for a kept page). */
        Bar marked(String mark) {
            return new Bar(head + mark, tail, false, badgeTitle);
        }
    }

    private record Key(List<String> authorities, Locale locale, String contextPath) {
    }

    static final String INBOX = "/inbox";

    private final MessageSource messages;
    private final Map<Key, Bar> bars = new ConcurrentHashMap<>();

    NavigationHtml(MessageSource messages) {
        this.messages = messages;
    }

    /** The bar for these authorities (sorted by the caller), in this language, under this context path. */
    Bar bar(List<String> authorities, Locale locale, String contextPath) {
        return bars.computeIfAbsent(new Key(authorities, locale, contextPath), this::write);
    }

    private Bar write(Key key) {
        StringBuilder html = new StringBuilder();
        int badge = -1;
        for (Navigation.Section section : Navigation.sectionsFor(key.authorities())) {
            html.append("<span class=\"navgroup\">");
            if (section.labelKey() != null) {
                html.append("<span class=\"navgroup-label\">").append(text(section.labelKey(), key.locale()))
                        .append("</span>");
            }
            for (Navigation.Item item : section.items()) {
                html.append("<a href=\"").append(HtmlUtils.htmlEscape(key.contextPath() + item.path()))
                        .append("\"><span>").append(text(item.labelKey(), key.locale())).append("</span>");
                if (item.path().equals(INBOX)) {
                    badge = html.length();
                }
                html.append("</a>");
            }
            html.append("</span>");
        }
        String title = text("supervision.inbox.unreadCount", key.locale());
        return badge < 0 ? new Bar(html.toString(), "", false, title)
                : new Bar(html.substring(0, badge), html.substring(badge), true, title);
    }

    private String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, key, locale));
    }
}
