package org.fazhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class NavigationHtmlTest {

    private final StaticMessageSource messages = new StaticMessageSource();
    private final NavigationHtml html = new NavigationHtml(messages);

    @Test
    void aLiaisonsBarIsSplitInsideTheInboxLinkForTheUnreadBadgeAndEscapesLabels() {
        messages.addMessage("nav.inbox", Locale.SIMPLIFIED_CHINESE, "收件箱");
        messages.addMessage("nav.home", Locale.SIMPLIFIED_CHINESE, "首页<&>");
        NavigationHtml.Bar bar = html.bar(List.of("ROLE_UNIT_LIAISON"), Locale.SIMPLIFIED_CHINESE, "/fz");
        assertThat(bar.inbox()).isTrue();
        assertThat(bar.head()).contains("<a href=\"/fz/\"><span>首页&lt;&amp;&gt;</span></a>")
                .endsWith("<a href=\"/fz/inbox\"><span>收件箱</span>");
        assertThat(bar.tail()).startsWith("</a>").contains("<a href=\"/fz/my-unit\">").endsWith("</span>")
                .doesNotContain("/dashboard");
        assertThat(html.bar(List.of("ROLE_UNIT_LIAISON"), Locale.SIMPLIFIED_CHINESE, "/fz")).as("kept").isSameAs(bar);
        assertThat(html.bar(List.of("ROLE_UNIT_LIAISON"), Locale.ENGLISH, "/fz")).isNotSameAs(bar);
    }
}
