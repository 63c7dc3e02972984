package org.fazhi.plan.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a notice's header lines: 文号 (〔2021〕, [2021], ［2021］ … normalised to 〔2021〕), the issue date
 * (2021年8月2日 or 二〇二四年五月六日, alone on its line) with the issuing office on the line before it,
 * the notice's own title (关于印发…的通知), the addressee line (ending in a colon) and the plan's title:
 * the first run of short unpunctuated lines that reads like a plan (joined, so a title broken over two
 * lines is whole), else the 《…》 named in the notice title or covering letter. Everything else is kept
 * as preamble.
 */
final class HeaderRecogniser {

    static final Pattern DOC_NUMBER = Pattern.compile(
            "([\\p{IsHan}A-Za-z]{1,16})\\s*[〔\\[［【(（]\\s*(\\d{4})\\s*[〕\\]］】)）]\\s*第?\\s*(\\d{1,5})\\s*号");
    static final Pattern DATE_LINE = Pattern.compile("^[(（]?\\s*(\\d{4}|[〇零○Ｏ一二三四五六七八九]{4})\\s*年\\s*"
            + "(\\d{1,2}|十[一二]?|[一二三四五六七八九])\\s*月\\s*(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])"
            + "\\s*日\\s*[)）]?$");
    static final Pattern ORG_LINE = Pattern.compile(
            "^[\\p{IsHan}()（）]{2,40}(人民政府办公室|人民政府办公厅|办公室|办公厅|人民政府|政府|委员会|领导小组|局|委|厅|办)$");
    private static final Pattern NOTICE_TITLE = Pattern.compile("关于.*(通知|意见|决定|函)$");
    private static final Pattern BOOK_TITLE = Pattern.compile("《([^《》]{4,80})》");
    private static final Pattern PRINTED = Pattern.compile("关于印发(.+?)的通知");
    static final Pattern PLAN_WORDS = Pattern.compile("年|要点|安排|方案|计划|任务|台账|清单|规划");
    private static final String SENTENCE_MARKS = "。，,；;！!？?：:";

    private final Diagnostics diagnostics;

    HeaderRecogniser(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    NoticeHeader recognise(List<SourceLine> lines) {
        String docNumber = null;
        String issuer = null;
        LocalDate issuedOn = null;
        String noticeTitle = null;
        List<String> addressees = List.of();
        List<SourceText> preamble = new ArrayList<>();
        List<List<SourceLine>> blocks = new ArrayList<>();
        List<SourceLine> block = new ArrayList<>();
        SourceLine previous = null;
        for (SourceLine source : lines) {
            String text = source.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            Matcher number = DOC_NUMBER.matcher(text);
            if (docNumber == null && text.indexOf('号') >= 0 && number.find()) {
                docNumber = number.group(1) + "〔" + number.group(2) + "〕" + number.group(3) + "号";
                text = (text.substring(0, number.start()) + text.substring(number.end()))
                        .replaceAll("^[\\s(（]+|[\\s)）]+$", "");
                if (text.isEmpty()) {
                    closeBlock(blocks, block);
                    block = new ArrayList<>();
                    continue;
                }
            }
            Matcher date = DATE_LINE.matcher(text);
            if (issuedOn == null && date.matches()) {
                issuedOn = date(date, source.number());
                if (previous != null && ORG_LINE.matcher(previous.text().strip()).matches()) {
                    issuer = previous.text().strip();
                    block.remove(previous);
                }
                closeBlock(blocks, block);
                block = new ArrayList<>();
                continue;
            }
            previous = new SourceLine(source.number(), text);
            if (noticeTitle == null && text.length() <= 120 && NOTICE_TITLE.matcher(text).find()) {
                noticeTitle = text;
                closeBlock(blocks, block);
                block = new ArrayList<>();
            } else if (addressees.isEmpty() && isAddresseeLine(text)) {
                addressees = splitAddressees(text);
                closeBlock(blocks, block);
                block = new ArrayList<>();
            } else if (isShortPlain(text)) {
                block.add(previous);
            } else {
                preamble.add(new SourceText(source.number(), text));
                closeBlock(blocks, block);
                block = new ArrayList<>();
            }
        }
        closeBlock(blocks, block);
        String title = chooseTitle(blocks, noticeTitle, preamble);
        for (List<SourceLine> unused : blocks) {
            if (!joined(unused).equals(title)) {
                unused.forEach(l -> preamble.add(new SourceText(l.number(), l.text())));
            }
        }
        preamble.sort(java.util.Comparator.comparingInt(SourceText::line));
        return new NoticeHeader(docNumber, issuer, issuedOn, title, noticeTitle, addressees, preamble);
    }

    private String chooseTitle(List<List<SourceLine>> blocks, String noticeTitle, List<SourceText> preamble) {
        String fromBlocks = null;
        for (List<SourceLine> candidate : blocks) {
            String joined = joined(candidate);
            if (PLAN_WORDS.matcher(joined).find() && !NOTICE_TITLE.matcher(joined).find()) {
                fromBlocks = joined;
                break;
            }
        }
        if (fromBlocks != null) {
            return fromBlocks;
        }
        if (noticeTitle != null) {
            Matcher book = BOOK_TITLE.matcher(noticeTitle);
            if (book.find()) {
                return book.group(1);
            }
            Matcher printed = PRINTED.matcher(noticeTitle);
            if (printed.find()) {
                return printed.group(1);
            }
        }
        for (SourceText text : preamble) {
            Matcher book = BOOK_TITLE.matcher(text.text());
            if (book.find() && PLAN_WORDS.matcher(book.group(1)).find()) {
                return book.group(1);
            }
        }
        return noticeTitle;
    }

    private static String joined(List<SourceLine> block) {
        return block.stream().map(SourceLine::text).reduce("", String::concat);
    }

    private static void closeBlock(List<List<SourceLine>> blocks, List<SourceLine> block) {
        if (!block.isEmpty()) {
            blocks.add(block);
        }
    }

    private LocalDate date(Matcher m, int line) {
        int year = ChineseNumerals.year(m.group(1));
        int month = ChineseNumerals.value(m.group(2));
        int day = ChineseNumerals.value(m.group(3));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            diagnostics.warn(line, "invalidDate", m.group().strip());
            return null;
        }
    }

    static boolean isDateLine(String text) {
        return DATE_LINE.matcher(text.strip()).matches();
    }

    private static boolean isAddresseeLine(String text) {
        char last = text.charAt(text.length() - 1);
        return (last == ':' || last == '：') && text.length() <= 150 && text.indexOf('。') < 0
                && FieldLabels.findAll(text).isEmpty() && !text.startsWith("附件");
    }

    private static List<String> splitAddressees(String line) {
        String list = line.substring(0, line.length() - 1);
        return UnitListParser.split(list, "、,，;；").stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(Brackets::halfWidthRound).toList();
    }

    private static boolean isShortPlain(String text) {
        if (text.length() > 50) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (SENTENCE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
