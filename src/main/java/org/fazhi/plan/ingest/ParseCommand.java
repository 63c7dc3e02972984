package org.fazhi.plan.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command line {@code java -jar fazhi.jar parse FILE [--max-bytes N]}: prints the parse JSON (pretty,
 * UTF-8) to standard output without starting Spring or a database. Exit code 0 on success; 2 with a
 * one-line reason on standard error when the file is refused; 1 when it cannot be read; 64 on bad usage.
 */
public final class ParseCommand {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(tools.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY).build();

    private ParseCommand() {
    }

    /** Runs the command; {@code args[0]} is "parse". Returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || args.length == 3 || (args.length == 4 && !"--max-bytes".equals(args[2])) || args.length > 4) {
            err.println("usage: java -jar fazhi.jar parse FILE [--max-bytes N]");
            return 64;
        }
        long maxBytes = NoticeParser.DEFAULT_MAX_BYTES;
        if (args.length == 4) {
            try {
                maxBytes = Long.parseLong(args[3]);
            } catch (NumberFormatException e) {
                err.println("--max-bytes: not a number: " + args[3]);
                return 64;
            }
        }
        Path file = Path.of(args[1]);
        byte[] content;
        try {
            if (Files.size(file) > maxBytes) {
                content = new byte[0];
                err.println(NoticeMessages.format("error.plan.notice.tooLarge",
                        java.util.List.of(String.valueOf(Files.size(file)), String.valueOf(maxBytes))));
                return 2;
            }
            content = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            err.println("cannot read " + file + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
            return 1;
        }
        ParseResult result = new NoticeParser(maxBytes).parse(content, file.getFileName().toString());
        if (result instanceof Refusal refusal) {
            err.println(file.getFileName() + ": " + refusal.message());
            return 2;
        }
        PrintStream utf8 = new PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        utf8.println(toJson(result));
        utf8.flush();
        return 0;
    }

    /** The pretty-printed JSON of a parse result (LocalDate as ISO-8601 strings). */
    public static String toJson(ParseResult result) {
        return JSON.writeValueAsString(result);
    }
}
