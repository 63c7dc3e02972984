package org.fazhi.synthetic;

import java.io.PrintStream;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line {@code java -jar fazhi.jar generate city|province|tiny [--seed N] [--years N]}: starts the
 * application (its web server on a free local port only, since the security configuration needs the servlet
 * stack; so Flyway migrates and the database under {@code FAZHI_HOME} or
 * {@code FAZHI_DB_URL} is used), generates, prints rows and rows/s per table and in total, and stops. Exit code
 * 0 on success, 64 on bad usage, 2 when refused (the data is already there), 1 on any other failure.
 * The bundled demo plan is not imported during the run: the generated plans take its place.
 */
public final class GenerateCommand {

    static final String USAGE = "usage: java -jar fazhi.jar generate city|province|tiny [--seed N] [--years N]";

    private GenerateCommand() {
    }

    /** What the command line asks for. */
    record Options(Scale scale, long seed, int years) {

        static Options parse(String[] args) {
            if (args.length < 2) {
                throw new IllegalArgumentException(USAGE);
            }
            Scale scale;
            try {
                scale = Scale.valueOf(args[1].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown scale '" + args[1] + "'\n" + USAGE);
            }
            long seed = 2026;
            int years = scale.defaultYears();
            for (int i = 2; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value\n" + USAGE);
                }
                try {
                    switch (args[i]) {
                        case "--seed" -> seed = Long.parseLong(args[i + 1]);
                        case "--years" -> years = Integer.parseInt(args[i + 1]);
                        default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
                    }
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(args[i] + ": not a number: " + args[i + 1]);
                }
            }
            if (years < 1 || years > 10) {
                throw new IllegalArgumentException("--years must be between 1 and 10");
            }
            return new Options(scale, seed, years);
        }
    }

    /** Runs the command; {@code args[0]} is "generate". Returns the process exit code. */
    public static int run(String[] args, Class<?> application, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 64;
        }
        SpringApplication app = new SpringApplication(application);
        try (ConfigurableApplicationContext context = app.run("--fazhi.plan.demo-plan=false", "--server.port=0",
                "--server.address=127.0.0.1")) {
            out.println("generating " + options.scale().name().toLowerCase(Locale.ROOT) + " (seed " + options.seed()
                    + ", " + options.years() + " years) …");
            SyntheticData.Result result = context.getBean(SyntheticData.class)
                    .generate(options.scale(), options.seed(), options.years());
            print(result, out);
            return 0;
        } catch (SyntheticData.Refused e) {
            err.println("refused: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("generation failed, nothing was written: " + e.getMessage());
            return 1;
        }
    }

    static void print(SyntheticData.Result result, PrintStream out) {
        out.printf("%-24s %12s %10s %12s%n", "table", "rows", "ms", "rows/s");
        for (TableCount t : result.tables()) {
            out.printf("%-24s %12d %10d %12d%n", t.table(), t.rows(), t.millis(), t.rowsPerSecond());
        }
        out.printf("%-24s %12d %10d %12d%n", "total (with analyze)", result.rows(), result.millis(),
                result.rowsPerSecond());
        out.println("years " + result.years() + ", seed " + result.seed());
    }
}
