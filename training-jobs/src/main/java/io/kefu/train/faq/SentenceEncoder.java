package io.kefu.train.faq;

import io.kefu.core.features.FeatureSpec;
import io.kefu.core.features.FeatureVocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.models.embeddings.loader.WordVectorSerializer;
import org.deeplearning4j.models.word2vec.Word2Vec;
import org.deeplearning4j.text.sentenceiterator.CollectionSentenceIterator;
import org.deeplearning4j.text.tokenization.tokenizerfactory.DefaultTokenizerFactory;

/**
 * Sentence vectors for customer questions: DL4J Word2Vec (skip-gram) learns a vector for every unit
 * 1- and 2-gram ({@link FeatureSpec}, the classifiers' features) from the customer messages; a
 * question's vector is the IDF-weighted mean of its n-grams' vectors, scaled to length 1, so words
 * that mark a topic outweigh "请问", "的" and punctuation.
 *
 * <p>Encoding reads a plain table of the vectors built once from the Word2Vec model: a lookup
 * through DL4J's vocabulary wraps each vector in a fresh native array, which made the FAQ
 * assignment the stream's most expensive step per session.
 */
final class SentenceEncoder {

  static final FeatureSpec FEATURES = new FeatureSpec(1, 2, 64);
  static final String WORD2VEC_FILE = "word2vec.zip";
  static final String VOCABULARY_FILE = "faq-vocabulary.txt";

  private final FeatureSpec.Featurizer featurizer = FEATURES.featurizer();
  private final Word2Vec word2vec;
  private final FeatureVocabulary idf;
  private final Map<String, double[]> vectors;

  private SentenceEncoder(Word2Vec word2vec, FeatureVocabulary idf) {
    this.word2vec = word2vec;
    this.idf = idf;
    this.vectors = vectors(word2vec);
  }

  private static Map<String, double[]> vectors(Word2Vec word2vec) {
    Collection<String> words = word2vec.getVocab().words();
    Map<String, double[]> table = new HashMap<>(words.size() * 2);
    for (String token : words) {
      table.put(token, word2vec.getWordVector(token));
    }
    return table;
  }

  /** Learns the n-gram vectors from the texts. Single-threaded so a seed gives the same vectors. */
  static SentenceEncoder train(List<String> texts, int dimensions, long seed) {
    FeatureSpec.Featurizer featurizer = FEATURES.featurizer();
    List<String> sentences = new ArrayList<>(texts.size());
    for (String t : texts) {
      sentences.add(String.join(" ", tokens(featurizer, t)));
    }
    Word2Vec w2v =
        new Word2Vec.Builder()
            .minWordFrequency(2)
            .layerSize(dimensions)
            .windowSize(5)
            .epochs(5)
            .seed(seed)
            .workers(1)
            .iterate(new CollectionSentenceIterator(sentences))
            .tokenizerFactory(new DefaultTokenizerFactory())
            .build();
    w2v.fit();
    FeatureVocabulary idf =
        FeatureVocabulary.build(
            FeatureVocabulary.count(featurizer, texts), texts.size(), 2, 200_000);
    return new SentenceEncoder(w2v, idf);
  }

  // Word2Vec's tokenizer splits on spaces, so the n-grams' inner spaces become '_'.
  private static List<String> tokens(FeatureSpec.Featurizer featurizer, String text) {
    List<String> out = new ArrayList<>();
    for (String f : featurizer.features(text)) {
      out.add(f.replace(' ', '_'));
    }
    return out;
  }

  /** The unit-length sentence vector; a text with no known n-gram gives the zero vector. */
  double[] encode(String text) {
    double[] sum = new double[word2vec.getLayerSize()];
    for (String f : featurizer.features(text)) {
      double[] v = vectors.get(f.replace(' ', '_'));
      if (v == null) {
        continue;
      }
      double weight = idf.weight(idf.indices(List.of(f))[0]);
      for (int d = 0; d < sum.length; d++) {
        sum[d] += weight * v[d];
      }
    }
    return Vectors.unit(sum);
  }

  double idfOf(String feature) {
    int i = idf.indices(List.of(feature))[0];
    return i == FeatureVocabulary.NONE ? 0 : idf.weight(i);
  }

  void save(Path dir) throws IOException {
    WordVectorSerializer.writeWord2VecModel(word2vec, dir.resolve(WORD2VEC_FILE).toFile());
    idf.write(dir.resolve(VOCABULARY_FILE));
  }

  static SentenceEncoder load(Path dir) throws IOException {
    Word2Vec w2v = WordVectorSerializer.readWord2VecModel(dir.resolve(WORD2VEC_FILE).toFile());
    return new SentenceEncoder(w2v, FeatureVocabulary.read(dir.resolve(VOCABULARY_FILE)));
  }
}
