package dev.faibric.project;

/** What is known about a project when it is created, before anything is generated. */
public record NewProject(String title, String prompt, AppType appType) {
}
