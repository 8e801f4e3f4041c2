package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errorcontract.evolution.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract diff as its users run it: java -jar on the published error-evolution jar, comparing the
 * released contract (src/test/resources/contract) with the one this build's processor wrote.
 */
class ContractDiffTest {

  @Test
  void theDiffCommandLineReportsTheRemovedRowAsCompatible() throws Exception {
    // Issue 24's rule: the new version sends fewer answers and every one it sends reads alike, so a
    // removed row is compatible (exit 0); error-evolution's MainTest covers exit 1 for a breaking change.
    Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    assertTrue(jar.getFileName().toString().endsWith(".jar"), jar.toString());
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path released = Path.of("src/test/resources/contract/Shop.catalog.json");
    Path current = Path.of("target/classes/META-INF/error-contract/Shop.catalog.json");
    Path out = Files.createTempFile(Path.of("target"), "diff", ".md");
    Path err = Files.createTempFile(Path.of("target"), "diff", ".err");

    Process process = new ProcessBuilder(List.of(java.toString(), "-jar", jar.toString(),
            released.toString(), current.toString()))
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "java -jar error-evolution did not finish");

    assertEquals("", Files.readString(err, StandardCharsets.UTF_8));
    assertEquals("""
        # Shop error contract: changes

        0 breaking changes, 2 compatible changes.

        ## Compatible changes

        | Key | Change |
        |---|---|
        | `error-description-changed` | The description of the error 400 "Invalid quantity: {quantity}" \
        changed from "The quantity is not between 1 and 50." to "The quantity is not between 1 and 99." |
        | `error-removed` | The error 400 "Out of stock" was removed |
        """, Files.readString(out, StandardCharsets.UTF_8));
    assertEquals(0, process.exitValue(), "no breaking change exits with 0");
  }
}
