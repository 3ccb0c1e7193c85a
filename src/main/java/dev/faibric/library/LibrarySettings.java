package dev.faibric.library;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The seed's reuse switches: {@code ENABLE_CODE_REUSE} and {@code MIN_REUSE_SIMILARITY},
 * the cosine similarity at or above which a generation starts from the closest library
 * template.
 */
@ConfigurationProperties("faibric.library")
public record LibrarySettings(Boolean enableCodeReuse, Double minReuseSimilarity) {

    public LibrarySettings {
        enableCodeReuse = enableCodeReuse == null || enableCodeReuse;
        minReuseSimilarity = minReuseSimilarity == null || minReuseSimilarity <= 0 ? 0.85 : minReuseSimilarity;
    }

}
