--liquibase formatted sql

--changeset throughline:001-department
CREATE TABLE department (
    department_id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_department_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset throughline:001-channel
CREATE TABLE channel (
    channel_id BIGINT AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    colour     CHAR(7)      NOT NULL,
    max_length INT          NULL,
    version    INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_channel_name UNIQUE (name),
    CONSTRAINT ck_channel_kind CHECK (kind IN ('SOCIAL', 'OWNED', 'EARNED', 'EVENT', 'PAID', 'DIRECT', 'INTERNAL')),
    CONSTRAINT ck_channel_colour CHECK (colour REGEXP '^#[0-9a-fA-F]{6}$'),
    CONSTRAINT ck_channel_max_length CHECK (max_length IS NULL OR max_length > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset throughline:001-person
CREATE TABLE person (
    person_id     BIGINT AUTO_INCREMENT PRIMARY KEY,
    login         VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    department_id BIGINT       NULL,
    time_zone     VARCHAR(64)  NOT NULL DEFAULT 'UTC',
    trained_on    DATE         NULL,
    password_hash VARCHAR(100) NOT NULL,
    enabled       TINYINT(1)   NOT NULL DEFAULT 1,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_person_login UNIQUE (login),
    CONSTRAINT fk_person_department FOREIGN KEY (department_id) REFERENCES department (department_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

--changeset throughline:001-person-role
CREATE TABLE person_role (
    person_id BIGINT      NOT NULL,
    role      VARCHAR(16) NOT NULL,
    PRIMARY KEY (person_id, role),
    CONSTRAINT fk_person_role_person FOREIGN KEY (person_id) REFERENCES person (person_id) ON DELETE CASCADE,
    CONSTRAINT ck_person_role_role CHECK (role IN ('ADMIN', 'STRATEGIST', 'MARKETER', 'COACH', 'CONTRIBUTOR', 'EXECUTIVE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
