def log = new File(basedir, 'build.log').text
def diagnostics = log.readLines().findAll { it ==~ /\[ERROR\] content\/[^ ]+:\d+:\d+: error \[[a-z.-]+\] .*/ }
assert diagnostics.size() == 10 : "expected 10 diagnostics, got ${diagnostics.size()}"
def fixture = new File(basedir, '../../../../generator/src/test/resources/sites/ten-content-mistakes')
assert !new File(fixture, 'target').exists() : 'site:check writes nothing'
return true
