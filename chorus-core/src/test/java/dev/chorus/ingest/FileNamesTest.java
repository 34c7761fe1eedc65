package dev.chorus.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names whose bytes are not UTF-8 are shown with those bytes escaped and never folded into one id. */
class FileNamesTest {
  @TempDir Path dir;

  @Test
  void namesThatDifferOnlyInBytesThatAreNotUtf8StayApart() throws Exception {
    // the JDK cannot write such a name from a String; the shell writes it from bytes
    Process p = new ProcessBuilder("sh", "-c",
        "printf 'one' > \"$(printf 'bad-\\377.txt')\"; printf 'two' > \"$(printf 'bad-\\376.txt')\";"
            + " printf 'three' > 'Алматы.txt'")
        .directory(dir.toFile()).inheritIO().start();
    assertThat(p.waitFor()).isZero();
    List<InputFile> files = new ArrayList<>();
    new InputResolver().resolve(List.of(dir.toString()), s -> { }).forEach(files::add);
    assertThat(files).hasSize(3);
    assertThat(files).extracting(InputFile::stem).doesNotHaveDuplicates()
        .contains("bad-\\xFF", "bad-\\xFE", "Алматы");
    assertThat(files).extracting(InputFile::displayName).anySatisfy(n -> assertThat(n).endsWith("bad-\\xFF.txt"));
    for (InputFile f : files) {
      assertThat(new String(f.readAll(100), java.nio.charset.StandardCharsets.UTF_8))
          .isIn("one", "two", "three");
    }
  }

  @Test
  void ordinaryNamesAreShownAsGiven() {
    Path p = dir.resolve("café ü.txt");
    assertThat(InputFile.of(p).displayName()).isEqualTo(p.toString());
    assertThat(InputFile.of(p).stem()).isEqualTo("café ü");
  }

  @Test
  void aNameOfValidUtf8ReadFromItsBytesIsTheName() throws Exception {
    Path p = Files.writeString(dir.resolve("Алматы?.txt"), "x");
    assertThat(FileNames.name(p)).isEqualTo("Алматы?.txt");
  }
}
