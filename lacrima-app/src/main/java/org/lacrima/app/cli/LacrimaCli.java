package org.lacrima.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code lacrima.jar}: one subcommand per job. */
@Command(name = "lacrima", mixinStandardHelpOptions = true, version = "Lacrima 0.1.0",
        description = "Finds build-ups and releases (therapeutic crying) in physiological recordings.")
public final class LacrimaCli implements Runnable {
    /** The subcommands by name, in the order the usage lists them. */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> commands = new LinkedHashMap<>();
        commands.put("analyze", AnalyzeCommand.class);
        commands.put("info", InfoCommand.class);
        commands.put("convert", ConvertCommand.class);
        commands.put("simulate", SimulateCommand.class);
        commands.put("fhir-push", FhirPushCommand.class);
        commands.put("serve", ServeCommand.class);
        commands.put("stream", StreamCommand.class);
        commands.put("account", AccountCommand.class);
        commands.put("cohort", CohortCommand.class);
        commands.put("help", CommandLine.HelpCommand.class);
        return commands;
    }

    /** Builds the command line with every subcommand and the project's error handling (one line, no stack trace). */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    /**
     * The command line for {@code args}: when they start with a subcommand's name, with that subcommand alone.
     * picocli reads every registered command's annotations up front (a fifth of a cold {@code analyze}'s start-up);
     * a run of one command needs only its own. Anything else (no command, {@code help}, a typo) gets them all, so
     * usage and "did you mean" list every command.
     */
    static CommandLine commandLine(String[] args) {
        if (args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help")) {
            return commandLine(Map.of(args[0], SUBCOMMANDS.get(args[0])));
        }
        return commandLine();
    }

    private static CommandLine commandLine(Map<String, Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new LacrimaCli());
        subcommands.forEach(cl::addSubcommand);
        cl.setExecutionExceptionHandler(new OneLineErrorHandler());
        // The README writes formats in lower case; a wrong word gets one line naming the choices, not the usage.
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("lacrima: " + OneLineErrorHandler.firstLine(ex)
                    + " (see: lacrima " + ex.getCommandLine().getCommandName() + " --help)");
            return 2;
        });
        return cl;
    }

    public static void main(String[] args) {
        StartupTrace.mark("JVM start to main");
        StartupWarmup.startFor(args);
        CommandLine cl = commandLine(args);
        StartupTrace.mark("command line built");
        int exit = cl.execute(args);
        StartupTrace.mark("command done");
        StartupTrace.print();
        System.exit(exit);
    }
}
