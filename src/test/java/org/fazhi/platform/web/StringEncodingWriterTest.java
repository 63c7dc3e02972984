package org.fazhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class StringEncodingWriterTest {

    @Test
    void chineseTextAndASurrogatePairSplitBetweenWritesArriveWhole() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String text = "遂宁市<td>法治政府</td>𠀋末";   // 𠀋 is outside the BMP: two chars
        int split = text.indexOf("𠀋") + 1;  // between the pair's halves
        try (StringEncodingWriter w = new StringEncodingWriter(bytes, StandardCharsets.UTF_8)) {
            w.write(text, 0, split);
            w.write(text.toCharArray(), split, text.length() - split);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void theResponsesCharsetIsUsedAndTheStreamIsRefusedOnceTheWriterIsInUse() throws Exception {
        MockHttpServletResponse raw = new MockHttpServletResponse();
        raw.setContentType("text/plain;charset=GB18030");
        StringEncodingFilter.Response response = new StringEncodingFilter.Response(raw);
        PrintWriter writer = response.getWriter();
        writer.print("依法治市");
        writer.flush();
        assertThat(raw.getContentAsByteArray()).isEqualTo("依法治市".getBytes(Charset.forName("GB18030")));
        assertThatThrownBy(response::getOutputStream).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void keptBytesAreCopiedWhereTheirMarkerStandsAndAForgedMarkerStaysText() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        EncodedHtml parts = EncodedHtml.register(request);
        String marker = EncodedHtml.mark(request, "<tr><td>遂宁市司法局</td></tr>".getBytes(StandardCharsets.UTF_8));
        String forged = EncodedHtml.MARK + "0000000000000000" + "0" + EncodedHtml.MARK;
        String page = "<table>" + marker + "</table>" + forged + "末";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (StringEncodingWriter w = new StringEncodingWriter(bytes, StandardCharsets.UTF_8, parts)) {
            w.write(page);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("<table><tr><td>遂宁市司法局</td></tr></table>" + forged + "末");

        ByteArrayOutputStream gb = new ByteArrayOutputStream();
        try (StringEncodingWriter w = new StringEncodingWriter(gb, Charset.forName("GB18030"), parts)) {
            w.write("<table>" + marker + "</table>");
        }
        assertThat(gb.toString(Charset.forName("GB18030"))).isEqualTo("<table><tr><td>遂宁市司法局</td></tr></table>");
    }

    @Test
    void withoutTheFilterAMarkIsTheTextItself() {
        assertThat(EncodedHtml.mark(new MockHttpServletRequest(), "法治".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("法治");
    }
}
