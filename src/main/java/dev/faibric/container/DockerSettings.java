package dev.faibric.container;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The Docker tier: the engine ({@code DOCKER_HOST}, the local socket by default), the
 * base image every app image is built on ({@code FAIBRIC_DOCKER_BASE_IMAGE}, a Node 20+
 * runtime, assembled locally: see DEVELOPERS.md), the limits of each app container
 * (memory, CPUs, processes), how long a new version may take to become healthy, how many
 * earlier versions' images are kept, and the address the containers reach the platform's
 * data API at (empty: this node, on loopback).
 */
@ConfigurationProperties("faibric.docker")
public record DockerSettings(String host, String baseImage, DataSize memory, Double cpus, Long pids,
        Duration healthTimeout, Integer keepImages, String platformUrl) {

    public DockerSettings {
        host = host == null || host.isBlank() ? "unix:///var/run/docker.sock" : host;
        baseImage = baseImage == null || baseImage.isBlank() ? "faibric/node-base:20" : baseImage;
        memory = memory == null ? DataSize.ofMegabytes(256) : memory;
        cpus = cpus == null || cpus <= 0 ? 0.5 : cpus;
        pids = pids == null || pids <= 0 ? 128 : pids;
        healthTimeout = healthTimeout == null ? Duration.ofSeconds(20) : healthTimeout;
        keepImages = keepImages == null || keepImages <= 0 ? 2 : keepImages;
        platformUrl = platformUrl == null ? "" : platformUrl.strip();
    }

}
