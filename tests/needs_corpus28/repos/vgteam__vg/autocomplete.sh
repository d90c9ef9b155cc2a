# add bash autocompletion
if [ -n "$BASH" ]
then
	 _vg_complete()
	 {
		  local cur prev
		  COMPREPLY=()
		  cur="${COMP_WORDS[COMP_CWORD]}"
		  opts="add align annotate augment autoindex bench-dist-query benchmark call chains chunk circularize clip cluster combine concat construct convert deconstruct depth describe dotplot filter find gamcompare gampcompare gamsort gbwt genotype giraffe haplotypes help ids index inject kmers map mask mcmc minimizer mod mpmap pack paths primers prune rna sim simplify snarls sort stats surject test trace translate validate vectorize version view viz zipcode"

		  COMPREPLY=( $(compgen -W "${opts}" -- ${cur}) )
		  return 0
	 }
	 complete -o nospace -F _vg_complete vg
fi
