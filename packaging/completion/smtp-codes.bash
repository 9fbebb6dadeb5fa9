# bash completion for smtp-codes(1)                                 -*- shell-script -*-
#
# Completes the commands, the options and their values, the codes for show and compare (read from
# "smtp-codes list" when asked), the languages (from "smtp-codes languages") and files for explain.

# Prints the first field of each line the program prints for its arguments. The program is the one being
# completed ($1 of the completion function), so a build tree's copy completes its own codes.
_smtp_codes_first_fields()
{
    local program=$1 first _
    shift
    "$program" "$@" 2>/dev/null </dev/null | while read -r first _; do
        [[ -n $first ]] && printf '%s\n' "$first"
    done
}

# The codes of "smtp-codes list". Enhanced codes are listed without their class (X.1.1); once a class is typed
# (5.1), they complete with it (5.1.1).
_smtp_codes_codes()
{
    local codes code
    codes=$(_smtp_codes_first_fields "$1" list)
    if [[ ${2-} == [245].* ]]; then
        for code in $codes; do
            [[ $code == X.* ]] && codes+=" ${2:0:1}${code#X}"
        done
    fi
    printf '%s\n' "$codes"
}

_smtp_codes_languages()
{
    local languages
    languages=$(_smtp_codes_first_fields "$1" languages)
    [[ -n $languages ]] || languages="en es de fr pt_BR ru tr ar vi id th hi ko ja zh_CN"
    printf '%s\n' "$languages"
}

_smtp_codes()
{
    local cur prev words cword split
    _init_completion -s || return

    local program=$1
    [[ $program == smtp-codes || -x $program ]] || program=smtp-codes
    local verbs="list show compare explain search languages"

    # The option before the cursor wants a value.
    case $prev in
        -f | --format)
            COMPREPLY=($(compgen -W "text json markdown jsonl" -- "$cur"))
            return
            ;;
        --lang)
            COMPREPLY=($(compgen -W "$(_smtp_codes_languages "$program")" -- "$cur"))
            return
            ;;
        --kind)
            COMPREPLY=($(compgen -W "basic enhanced provider reason" -- "$cur"))
            return
            ;;
        --class)
            COMPREPLY=($(compgen -W "2xx 3xx 4xx 5xx" -- "$cur"))
            return
            ;;
        --analyze)
            _filedir
            return
            ;;
        -h | --help | -v | --version)
            return
            ;;
    esac
    $split && return

    # The command and how many arguments it already has, option values skipped.
    local verb="" count=0 i word
    for ((i = 1; i < cword; i++)); do
        word=${words[i]}
        case $word in
            -f | --format | --lang | --kind | --class | --analyze) ((i++)) ;;
            -*) ;;
            *)
                if [[ -z $verb ]]; then
                    verb=$word
                else
                    ((count++))
                fi
                ;;
        esac
    done

    if [[ $cur == -* ]]; then
        local options="-f --format --lang -h --help -v --version"
        case $verb in
            list | search) options+=" --kind --class" ;;
            "") options+=" --analyze" ;;
        esac
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi

    case $verb in
        "")
            # A command, or (once something is typed) a code to open the window on.
            local candidates=$verbs
            [[ -n $cur ]] && candidates+=" $(_smtp_codes_codes "$program" "$cur")"
            COMPREPLY=($(compgen -W "$candidates" -- "$cur"))
            ;;
        show)
            COMPREPLY=($(compgen -W "$(_smtp_codes_codes "$program" "$cur")" -- "$cur"))
            ;;
        compare)
            ((count < 2)) &&
                COMPREPLY=($(compgen -W "$(_smtp_codes_codes "$program" "$cur")" -- "$cur"))
            ;;
        explain)
            _filedir
            ;;
        *)
            # The first word is a code (the window opens on it); a second code opens a comparison.
            if [[ " $verbs " != *" $verb "* ]] && ((count < 1)); then
                COMPREPLY=($(compgen -W "$(_smtp_codes_codes "$program" "$cur")" -- "$cur"))
            fi
            ;;
    esac
} &&
    complete -F _smtp_codes smtp-codes

# ex: filetype=sh
