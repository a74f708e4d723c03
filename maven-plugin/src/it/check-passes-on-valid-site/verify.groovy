def log = new File(basedir, 'build.log').text
assert log =~ /Checked \d+ content pages in 5 languages and the site built from them: no error \(0 warnings\) in \d+ ms/
def fixture = new File(basedir, '../../../../generator/src/test/resources/sites/multilingual-site-with-mirrors')
assert !new File(fixture, 'target').exists() : 'site:check writes nothing'
return true
