package org.practicechallenge.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, as the dashlet test drives it: a page from disk, its DOM after the scripts ran.
 * find() is null when Chromium is not installed, so callers can skip with a message.
 */
final class HeadlessChromium
{
    private final Path executable;

    private HeadlessChromium(Path executable)
    {
        this.executable = executable;
    }

    static HeadlessChromium find()
    {
        List<Path> candidates = new ArrayList<>();
        candidates.add(Paths.get(System.getProperty("practicechallenge.chromium", "/usr/bin/chromium")));
        String path = System.getenv("PATH");
        if (path != null)
        {
            for (String dir : path.split(java.io.File.pathSeparator))
            {
                candidates.add(Paths.get(dir, "chromium"));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst().map(HeadlessChromium::new).orElse(null);
    }

    String dumpDom(Path page) throws Exception
    {
        return run(List.of("--dump-dom", page.toUri().toString()));
    }

    /** Runs Chromium headless with these arguments on a fresh profile; what it printed. */
    String run(List<String> arguments) throws Exception
    {
        Path profile = Files.createTempDirectory("pc-chromium");
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--virtual-time-budget=5000"));
        command.addAll(arguments);
        Path output = Files.createTempFile("pc-chromium", ".out");
        Path errors = Files.createTempFile("pc-chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
        try
        {
            if (!process.waitFor(90, TimeUnit.SECONDS))
            {
                process.destroyForcibly();
                throw new AssertionError("Chromium did not finish within 90 s: " + command);
            }
            assertThat(process.exitValue()).as("Chromium exit code; stderr: %s", Files.readString(errors)).isZero();
            return Files.readString(output, StandardCharsets.UTF_8);
        }
        finally
        {
            Files.deleteIfExists(output);
            Files.deleteIfExists(errors);
            deleteTree(profile);
        }
    }

    private static void deleteTree(Path dir)
    {
        try (Stream<Path> files = Files.walk(dir))
        {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        }
        catch (IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }
}
