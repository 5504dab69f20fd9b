//! A small fluent harness around the real binary: a site in a temporary folder
//! (from a fixture under `tests/cases/` and/or files added in the test), a command
//! run on it, and assertions on what a user sees.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::rc::Rc;

pub const MINIMAL_CONFIG: &str =
    "title: Тестовий дайджест\ndescription: Сайт для тестів\nbase_url: https://test.example.org/\n";

/// The real seed, exactly as delivered.
pub const REAL_SEED_ID: &str = "000_b06be8841d63b2af";

pub fn real_seed() -> Vec<u8> {
    fs::read(repo().join("seeds").join(format!("{REAL_SEED_ID}.txt")))
        .expect("the demo seed exists")
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub struct SiteTest {
    dir: Rc<tempfile::TempDir>,
    pub root: PathBuf,
}

impl SiteTest {
    /// An empty site with a minimal `site.yaml`.
    pub fn new() -> SiteTest {
        let dir = tempfile::tempdir().expect("temporary folder");
        let root = dir.path().join("site");
        fs::create_dir_all(&root).expect("site folder");
        let test = SiteTest {
            dir: Rc::new(dir),
            root,
        };
        test.file("site.yaml", MINIMAL_CONFIG)
    }

    /// The fixture site `tests/cases/<case>/`, copied; a minimal `site.yaml` if it has none.
    pub fn case(case: &str) -> SiteTest {
        let test = SiteTest::new();
        let source = repo().join("tests/cases").join(case);
        assert!(source.is_dir(), "no fixture at {}", source.display());
        copy_tree(&source, &test.root);
        test
    }

    pub fn file(self, path: &str, contents: impl AsRef<[u8]>) -> SiteTest {
        let path = self.root.join(path);
        fs::create_dir_all(path.parent().expect("a parent")).expect("folder");
        fs::write(path, contents).expect("write fixture file");
        self
    }

    pub fn seed(self, id: &str, text: &str) -> SiteTest {
        self.file(&format!("seeds/{id}.txt"), text)
    }

    pub fn sidecar(self, id: &str, text: &str) -> SiteTest {
        self.file(&format!("content/articles/{id}.md"), text)
    }

    pub fn entity(self, slug: &str, text: &str) -> SiteTest {
        self.file(&format!("content/entities/{slug}.md"), text)
    }

    pub fn run(&self, args: &[&str]) -> Run {
        let output = Command::new(env!("CARGO_BIN_EXE_annalist"))
            .args(args)
            .arg("--root")
            .arg(&self.root)
            .env("NO_COLOR", "1")
            .output()
            .expect("run annalist");
        Run {
            output,
            public: self.root.join("public"),
            _dir: Rc::clone(&self.dir),
        }
    }

    pub fn build(&self) -> Run {
        self.run(&["build"])
    }

    pub fn public(&self) -> PathBuf {
        self.root.join("public")
    }
}

pub struct Run {
    pub output: Output,
    public: PathBuf,
    /// Keeps the site's folder alive as long as its output is inspected.
    _dir: Rc<tempfile::TempDir>,
}

impl Run {
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }

    pub fn code(&self) -> Option<i32> {
        self.output.status.code()
    }

    #[track_caller]
    pub fn succeeds(self) -> Run {
        assert!(
            self.output.status.success(),
            "expected success, got {:?}:\n{}",
            self.code(),
            self.stderr()
        );
        self
    }

    #[track_caller]
    pub fn fails(self) -> Run {
        assert_eq!(self.code(), Some(1), "expected exit 1:\n{}", self.stderr());
        self
    }

    #[track_caller]
    pub fn stderr_contains(self, text: &str) -> Run {
        let stderr = self.stderr();
        assert!(stderr.contains(text), "stderr lacks {text:?}:\n{stderr}");
        self
    }

    #[track_caller]
    pub fn stderr_is(self, expected: &str) -> Run {
        assert_eq!(self.stderr(), expected);
        self
    }

    /// The text of an output file, e.g. `articles/x/index.html`.
    #[track_caller]
    pub fn page(&self, path: &str) -> String {
        let file = self.public.join(path);
        fs::read_to_string(&file).unwrap_or_else(|e| panic!("no output {}: {e}", file.display()))
    }

    pub fn exists(&self, path: &str) -> bool {
        self.public.join(path).exists()
    }
}

/// Every file under `dir` with its bytes, sorted by path.
pub fn tree(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    collect(dir, dir, &mut files);
    files.sort();
    files
}

fn collect(root: &Path, dir: &Path, files: &mut Vec<(PathBuf, Vec<u8>)>) {
    for entry in fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            collect(root, &path, files);
        } else {
            let bytes = fs::read(&path).expect("read file");
            files.push((
                path.strip_prefix(root).expect("inside").to_path_buf(),
                bytes,
            ));
        }
    }
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).expect("read fixture") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            fs::create_dir_all(&target).expect("folder");
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// The expected stderr stored beside a fixture.
pub fn expected_stderr(case: &str) -> String {
    let path = repo()
        .join("tests/cases")
        .join(case)
        .join("expected.stderr");
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
