package org.fazhi;

import org.fazhi.plan.ingest.ParseCommand;
import org.fazhi.synthetic.GenerateCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Fazhi (法治政府建设工作平台) — the application entry point.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FazhiApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "parse".equals(args[0])) {
            System.exit(ParseCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && "generate".equals(args[0])) {
            System.exit(GenerateCommand.run(args, FazhiApplication.class, System.out, System.err));
        }
        SpringApplication.run(FazhiApplication.class, args);
    }
}
