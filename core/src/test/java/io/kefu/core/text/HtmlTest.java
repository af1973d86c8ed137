package io.kefu.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "plain text unchanged | 退款进度 ok | 退款进度 ok",
        "ampersand first, so entities are not doubled | a & <b> | a &amp; &lt;b&gt;",
        "existing entity escaped once | &lt; | &amp;lt;",
        "double quote for attributes | say \"hi\" | say &quot;hi&quot;",
        "script tag made inert | <script>x</script> | &lt;script&gt;x&lt;/script&gt;"
      })
  void escapesMarkupCharacters(String name, String text, String escaped) {
    assertThat(Html.escape(text)).isEqualTo(escaped);
  }
}
