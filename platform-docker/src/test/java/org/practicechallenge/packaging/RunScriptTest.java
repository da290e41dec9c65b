package org.practicechallenge.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * run.sh on a machine where Docker cannot be used: every Docker verb stops at once, before building anything, with a
 * message saying what is wrong. A stand-in {@code docker} on the PATH plays the engine that is down; an empty PATH
 * plays the machine without Docker.
 */
class RunScriptTest
{
    private static final Path RUN = Path.of(System.getProperty("practicechallenge.root", "..")).resolve("run.sh");
    private static final List<String> DOCKER_VERBS = List.of("build_start", "start", "stop", "purge", "tail", "reload_acs",
            "reload_share", "build_test");

    @TempDir
    Path bin;

    @Test
    void everyDockerVerbStopsAtOnceWhenTheEngineIsNotRunning() throws Exception
    {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh: run.sh is for Linux and macOS");
        Path docker = bin.resolve("docker");
        Files.writeString(docker, "#!/bin/sh\n[ \"$1\" = info ] && { echo 'Cannot connect to the Docker daemon' >&2; exit 1; }\n"
                + "echo \"docker $*\" >> \"$(dirname \"$0\")/calls\"\n");
        Files.setPosixFilePermissions(docker, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\necho \"mvn $*\" >> \"$(dirname \"$0\")/calls\"\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));

        for (String verb : DOCKER_VERBS)
        {
            Result result = run(bin + ":/usr/bin:/bin", verb);
            assertThat(result.exit).as(verb).isEqualTo(1);
            assertThat(result.output).as(verb).contains("Docker is not running or not reachable ('docker info' failed)")
                    .contains("./run.sh " + verb);
        }
        assertThat(bin.resolve("calls")).as("nothing built or started").doesNotExist();
    }

    @Test
    void withoutDockerItSaysDockerIsNotInstalled() throws Exception
    {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh: run.sh is for Linux and macOS");
        Path dirname = bin.resolve("dirname");
        Files.createSymbolicLink(dirname, Path.of(which("dirname")));
        Result result = run(bin.toString(), "build_start");
        assertThat(result.exit).isEqualTo(1);
        assertThat(result.output).contains("Docker is not installed");
    }

    @Test
    void anUnknownVerbShowsTheSdkVerbs() throws Exception
    {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh: run.sh is for Linux and macOS");
        Result result = run(System.getenv("PATH"), "deploy");
        assertThat(result.exit).isEqualTo(1);
        assertThat(result.output).contains("{build_start|start|stop|purge|tail|reload_acs|reload_share|build_test|test}");
    }

    private record Result(int exit, String output)
    {
    }

    private static Result run(String path, String verb) throws IOException, InterruptedException
    {
        ProcessBuilder sh = new ProcessBuilder("/bin/sh", RUN.toAbsolutePath().toString(), verb).redirectErrorStream(true);
        sh.environment().put("PATH", path);
        Process process = sh.start();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("run.sh %s stops at once", verb).isTrue();
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static String which(String command) throws IOException, InterruptedException
    {
        Process which = new ProcessBuilder("/bin/sh", "-c", "command -v " + command).start();
        which.waitFor();
        return new String(which.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
