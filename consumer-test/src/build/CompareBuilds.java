import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Compares the published artifacts of two builds of the same sources byte for byte: the reactor's, and
 * the clean rebuild consumer-test made of a copy of the sources. Run with the JDK's source launcher:
 * java CompareBuilds.java FIRST_ROOT SECOND_ROOT VERSION MODULE... Prints each artifact compared; on a
 * difference, the first entry that differs, and exits with 1.
 */
public final class CompareBuilds {

  public static void main(String[] args) throws IOException {
    Path first = Path.of(args[0]);
    Path second = Path.of(args[1]);
    String version = args[2];
    List<String> files = new ArrayList<>();
    files.add(".flattened-pom.xml");
    for (String module : Arrays.asList(args).subList(3, args.length)) {
      files.add(module + "/.flattened-pom.xml");
      if (Files.exists(first.resolve(module).resolve("target").resolve(module + "-" + version + ".jar"))) {
        for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
          files.add(module + "/target/" + module + "-" + version + suffix);
        }
      }
    }
    int differing = 0;
    for (String file : files) {
      Path a = first.resolve(file);
      Path b = second.resolve(file);
      if (!Files.isRegularFile(a) || !Files.isRegularFile(b)) {
        System.out.println("MISSING   " + file + (Files.isRegularFile(a) ? " (second build)" : " (first build)"));
        differing++;
      } else if (Arrays.equals(Files.readAllBytes(a), Files.readAllBytes(b))) {
        System.out.println("identical " + file + " (" + Files.size(a) + " bytes)");
      } else {
        System.out.println("DIFFERENT " + file + (file.endsWith(".jar") ? ": " + firstDifference(a, b) : ""));
        differing++;
      }
    }
    if (differing > 0) {
      System.out.println(differing + " of " + files.size()
          + " artifacts differ between two builds of the same sources: the build is not reproducible.");
      System.exit(1);
    }
    System.out.println("All " + files.size() + " published artifacts are byte-identical in both builds.");
  }

  private static String firstDifference(Path a, Path b) throws IOException {
    try (ZipFile za = new ZipFile(a.toFile()); ZipFile zb = new ZipFile(b.toFile())) {
      Enumeration<? extends ZipEntry> ea = za.entries();
      Enumeration<? extends ZipEntry> eb = zb.entries();
      while (ea.hasMoreElements() && eb.hasMoreElements()) {
        ZipEntry x = ea.nextElement();
        ZipEntry y = eb.nextElement();
        if (!x.getName().equals(y.getName())) {
          return "entry order or names differ at " + x.getName() + " / " + y.getName();
        }
        if (x.getTime() != y.getTime()) {
          return "the time of " + x.getName() + " differs";
        }
        try (InputStream ia = za.getInputStream(x); InputStream ib = zb.getInputStream(y)) {
          if (!Arrays.equals(ia.readAllBytes(), ib.readAllBytes())) {
            return "the content of " + x.getName() + " differs";
          }
        }
      }
      return ea.hasMoreElements() || eb.hasMoreElements() ? "one has more entries" : "the archive bytes differ";
    }
  }
}
