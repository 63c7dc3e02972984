package org.fazhi.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
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
}
