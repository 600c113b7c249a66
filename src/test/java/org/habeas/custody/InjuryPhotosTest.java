package org.habeas.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.habeas.system.Problem.FieldProblem;
import org.habeas.system.Upload;
import org.junit.jupiter.api.Test;

/** Injury photographs are taken by their content, re-encoded and named by their SHA-256. */
class InjuryPhotosTest {

  private static byte[] jpeg() throws Exception {
    var out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "jpg", out);
    return out.toByteArray();
  }

  @Test
  void aPhotographIsReencodedAndNamedByTheHashOfWhatIsKept() throws Exception {
    var original = jpeg();
    var checked = InjuryPhotos.check(List.of(new Upload("a.jpg", original)));
    assertThat(checked.problems()).isEmpty();
    var photo = checked.photos().getFirst();
    assertThat(photo.mediaType()).isEqualTo("image/jpeg");
    assertThat(photo.sha256()).hasSize(64).isEqualTo(InjuryPhotos.sha256(photo.bytes()));
  }

  @Test
  void whatIsNoJpegOrPngIsRefusedAndThenNothingIsTaken() throws Exception {
    var pdf = "%PDF-1.4 nothing".getBytes();
    var checked =
        InjuryPhotos.check(
            List.of(
                new Upload("fine.jpg", jpeg()),
                new Upload("../../doc.pdf", pdf),
                new Upload("empty.png", new byte[0])));
    assertThat(checked.photos()).isEmpty();
    assertThat(checked.problems())
        .extracting(FieldProblem::field, FieldProblem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("photos", "bodymap.photo.type"));
    assertThat(checked.problems().getFirst().args()).containsExactly("doc.pdf");
  }

  @Test
  void tooManyPhotographs() throws Exception {
    var many =
        java.util.stream.IntStream.range(0, InjuryPhotos.MAX_COUNT + 1)
            .mapToObj(i -> new Upload(i + ".png", new byte[] {1}))
            .toList();
    assertThat(InjuryPhotos.check(many).problems())
        .extracting(FieldProblem::code)
        .containsExactly("bodymap.photo.tooMany");
  }
}
